// The officials of each pair: speakers of its statements and participants of its events, most active first.
UNWIND $pairs AS pair
MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
WITH ca.code AS a, cb.code AS b, ca, cb
CALL (ca, cb) {
  MATCH (ca)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(cb)
  USING JOIN ON s
  MATCH (s)-[:MADE_BY]->(o:Official)
  RETURN o
  UNION ALL
  MATCH (cb)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(ca)
  USING JOIN ON s
  MATCH (s)-[:MADE_BY]->(o:Official)
  RETURN o
  UNION ALL
  MATCH (ca)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(cb)
  USING JOIN ON e
  MATCH (e)-[:PARTICIPANT]->(o:Official)
  RETURN o
}
WITH a, b, o, count(*) AS n ORDER BY n DESC, o.name
RETURN a + '|' + b AS key, collect(o.id) AS ids
