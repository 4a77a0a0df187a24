// The topics of each pair's statements, most frequent first.
UNWIND $pairs AS pair
MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
WITH ca.code AS a, cb.code AS b, ca, cb
CALL (ca, cb) {
  MATCH (ca)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(cb)
  USING JOIN ON s
  RETURN s
  UNION
  MATCH (cb)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(ca)
  USING JOIN ON s
  RETURN s
}
MATCH (s)-[:ABOUT]->(t:Topic)
WITH a, b, t.id AS topic, count(s) AS n ORDER BY n DESC, topic
RETURN a + '|' + b AS key, collect({topic: topic, count: n}) AS topics
