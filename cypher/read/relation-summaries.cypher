// The relation of each pair of country codes: statements of either side that concern the other, and events
// that involve both. A pair with neither is not related (statements = events = 0).
UNWIND $pairs AS pair
WITH pair[0] AS a, pair[1] AS b
CALL (a, b) {
  MATCH (:Country {code: a})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: b})
  RETURN s
  UNION
  MATCH (:Country {code: b})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: a})
  RETURN s
}
WITH a, b, count(s) AS statements, avg(toFloat(s.tone)) AS tone, min(s.date) AS firstSaid, max(s.date) AS lastSaid
CALL (a, b) {
  OPTIONAL MATCH (:Country {code: a})<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(:Country {code: b})
  RETURN count(DISTINCT e) AS events, min(e.date) AS firstMet, max(e.date) AS lastMet
}
RETURN a + '|' + b AS key, statements, events, tone,
       CASE WHEN firstSaid IS NULL OR (firstMet IS NOT NULL AND firstMet < firstSaid) THEN firstMet ELSE firstSaid END AS firstAt,
       CASE WHEN lastSaid IS NULL OR (lastMet IS NOT NULL AND lastMet > lastSaid) THEN lastMet ELSE lastSaid END AS lastAt
