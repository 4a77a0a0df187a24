// Officials no article mentions and no statement or event needs are deleted; the others get their
// aliases and titles recomputed from the articles that still mention them.
UNWIND $ids AS id
MATCH (o:Official {id: id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(o)
WITH o, collect(m) AS mentions
CALL (o, mentions) {
  WITH o, mentions WHERE size(mentions) = 0 AND NOT EXISTS { (o)<-[:MADE_BY|PARTICIPANT]-() }
  DETACH DELETE o
}
CALL (o, mentions) {
  WITH o, mentions WHERE size(mentions) > 0
  WITH o, reduce(acc = coalesce(o.mergedAliases, []), m IN mentions | acc + coalesce(m.aliases, [])) AS aliases,
       reduce(acc = [], m IN mentions | acc + coalesce(m.titles, [])) AS titles
  WITH o, [x IN aliases WHERE x IS NOT NULL | x] AS aliases, titles
  SET o.aliases = reduce(acc = [], x IN aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      o.titles = reduce(acc = [], x IN titles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  SET o.aliasText = reduce(s = '', x IN o.aliases | s + ' ' + x),
      o.titleText = reduce(s = '', x IN o.titles | s + ' ' + x)
}
RETURN count(*) AS officials
