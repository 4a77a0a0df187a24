// The topics of each pair's statements, most frequent first.
UNWIND $pairs AS pair
WITH pair[0] AS a, pair[1] AS b
CALL (a, b) {
  MATCH (:Country {code: a})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: b})
  RETURN s
  UNION
  MATCH (:Country {code: b})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: a})
  RETURN s
}
MATCH (s)-[:ABOUT]->(t:Topic)
WITH a, b, t.id AS topic, count(s) AS n ORDER BY n DESC, topic
RETURN a + '|' + b AS key, collect({topic: topic, count: n}) AS topics
