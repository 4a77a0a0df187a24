// The relation of each pair of country codes: statements of either side that concern the other, and events
// that involve both. A pair with neither is not related (statements = events = 0).
UNWIND $pairs AS pair
MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
WITH ca.code AS a, cb.code AS b, ca, cb
// Aggregating inside the subquery keeps pairs that only met (no statements): it always returns one row.
CALL (ca, cb) {
  CALL (ca, cb) {
    MATCH (ca)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(cb)
    USING JOIN ON s
    RETURN s
    UNION
    MATCH (cb)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(ca)
    USING JOIN ON s
    RETURN s
  }
  RETURN count(s) AS statements, avg(toFloat(s.tone)) AS tone, min(s.date) AS firstSaid, max(s.date) AS lastSaid
}
CALL (ca, cb) {
  OPTIONAL MATCH (ca)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(cb)
  USING JOIN ON e
  RETURN count(DISTINCT e) AS events, min(e.date) AS firstMet, max(e.date) AS lastMet
}
RETURN a + '|' + b AS key, statements, events, tone,
       CASE WHEN firstSaid IS NULL OR (firstMet IS NOT NULL AND firstMet < firstSaid) THEN firstMet ELSE firstSaid END AS firstAt,
       CASE WHEN lastSaid IS NULL OR (lastMet IS NOT NULL AND lastMet > lastSaid) THEN lastMet ELSE lastSaid END AS lastAt
