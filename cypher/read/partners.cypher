// The partners of country $code: countries its statements concern, whose statements concern it, or that share
// events with it; by weight (statements + events), then code.
MATCH (c:Country {code: $code})
CALL (c) {
  MATCH (c)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(p:Country) WHERE p <> c
  RETURN p, count(s) AS statements, 0 AS events
  UNION ALL
  MATCH (c)<-[:CONCERNS]-(s:Statement)-[:ON_BEHALF_OF]->(p:Country) WHERE p <> c
  RETURN p, count(s) AS statements, 0 AS events
  UNION ALL
  MATCH (c)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(p:Country) WHERE p <> c
  RETURN p, 0 AS statements, count(DISTINCT e) AS events
}
WITH p, sum(statements) AS statements, sum(events) AS events
RETURN p.code AS code, statements, events, statements + events AS weight
ORDER BY weight DESC, code
LIMIT toInteger($limit)
