// Events no article reports any more are deleted; the others get their participants and countries
// rebuilt from what the remaining reports say (each REPORTED_IN keeps its article's participants).
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(:Article)
WITH e, collect(r) AS reports
CALL (e, reports) {
  WITH e, reports WHERE size(reports) = 0
  DETACH DELETE e
}
CALL (e, reports) {
  WITH e, reports WHERE size(reports) > 0
  OPTIONAL MATCH (e)-[x:PARTICIPANT|INVOLVES]->()
  DELETE x
  WITH DISTINCT e, reports
  UNWIND reports AS r
  UNWIND r.countries AS code
  WITH DISTINCT e, reports, code
  MATCH (c:Country {code: code})
  MERGE (e)-[:INVOLVES]->(c)
}
CALL (e, reports) {
  WITH e, reports WHERE size(reports) > 0
  UNWIND reports AS r
  UNWIND r.participants AS pid
  WITH DISTINCT e, pid
  MATCH (o:Official {id: pid})
  MERGE (e)-[:PARTICIPANT]->(o)
}
RETURN count(*) AS events
