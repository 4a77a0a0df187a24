// An analyst's correction of entity resolution: $merge is the same person as $keep. Statements, event
// participation and article mentions move to $keep; the merged names join `mergedAliases` (which the writer's
// cleanup keeps) and the merged id joins `mergedIds`, so the correction survives re-ingestion.
MATCH (keep:Official {id: $keep}), (gone:Official {id: $merge})
CALL (keep, gone) {
  MATCH (s:Statement)-[r:MADE_BY]->(gone)
  MERGE (s)-[:MADE_BY]->(keep)
  DELETE r
}
CALL (keep, gone) {
  MATCH (e:Event)-[r:PARTICIPANT]->(gone)
  MERGE (e)-[:PARTICIPANT]->(keep)
  DELETE r
}
CALL (keep, gone) {
  MATCH (a:Article)-[r:MENTIONS]->(gone)
  MERGE (a)-[m:MENTIONS]->(keep)
  SET m.aliases = reduce(acc = coalesce(m.aliases, []), x IN coalesce(r.aliases, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      m.titles = reduce(acc = coalesce(m.titles, []), x IN coalesce(r.titles, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      m.count = coalesce(m.count, 0) + coalesce(r.count, 0)
  DELETE r
}
WITH keep, gone, [gone.name] + coalesce(gone.aliases, []) + coalesce(gone.mergedAliases, []) AS names
SET keep.mergedAliases = reduce(acc = coalesce(keep.mergedAliases, []), x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    keep.mergedIds = reduce(acc = coalesce(keep.mergedIds, []), x IN [gone.id] + coalesce(gone.mergedIds, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    keep.aliases = reduce(acc = coalesce(keep.aliases, []), x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    keep.titles = reduce(acc = coalesce(keep.titles, []), x IN coalesce(gone.titles, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET keep.aliasText = reduce(t = '', x IN keep.aliases | t + ' ' + x),
    keep.titleText = reduce(t = '', x IN keep.titles | t + ' ' + x)
DETACH DELETE gone
RETURN keep.id AS id
