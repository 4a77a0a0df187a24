// The officials of each pair: speakers of its statements and participants of its events, most active first.
UNWIND $pairs AS pair
WITH pair[0] AS a, pair[1] AS b
CALL (a, b) {
  MATCH (:Country {code: a})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: b})
  MATCH (s)-[:MADE_BY]->(o:Official)
  RETURN o
  UNION ALL
  MATCH (:Country {code: b})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: a})
  MATCH (s)-[:MADE_BY]->(o:Official)
  RETURN o
  UNION ALL
  MATCH (:Country {code: a})<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(:Country {code: b})
  MATCH (e)-[:PARTICIPANT]->(o:Official)
  RETURN o
}
WITH a, b, o, count(*) AS n ORDER BY n DESC, o.name
RETURN a + '|' + b AS key, collect(o.id) AS ids
