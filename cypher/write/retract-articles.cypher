// Removes what articles produced (statements, mentions, event reports), keeping the Article nodes, and
// returns the events and officials they touched so that cleanup can drop what nothing supports any more.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:MENTIONS]->(o:Official)
WITH a, collect(DISTINCT o.id) AS officials
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
WITH a, officials, collect(DISTINCT e.id) AS events
CALL (a) {
  MATCH (s:Statement)-[:REPORTED_IN]->(a)
  DETACH DELETE s
}
CALL (a) {
  MATCH (a)-[r:MENTIONS|FEATURES|PUBLISHED_BY]->()
  DELETE r
}
CALL (a) {
  MATCH (:Event)-[r:REPORTED_IN]->(a)
  DELETE r
}
RETURN officials, events
