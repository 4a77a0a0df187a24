// The relation of each pair of country codes in one pass: statements of either side that concern the other,
// and events that involve both. A pair with neither is not related (statements = events = 0).
// Each side is expanded once from its Country node (no label checks: ON_BEHALF_OF, CONCERNS and INVOLVES only
// ever start at statements and events), the two expansions are hash-joined, and the pair's statements are then
// read once for the counts, the tone and the dates, and walked once for their topics and speakers.
UNWIND $pairs AS pair
MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
CALL (ca, cb) {
  CALL (ca, cb) {
    MATCH (ca)<-[:ON_BEHALF_OF]-(s)-[:CONCERNS]->(cb)
    USING JOIN ON s
    RETURN s
    UNION
    MATCH (cb)<-[:ON_BEHALF_OF]-(s)-[:CONCERNS]->(ca)
    USING JOIN ON s
    RETURN s
  }
  RETURN collect(s) AS said
}
CALL (ca, cb) {
  OPTIONAL MATCH (ca)<-[:INVOLVES]-(e)-[:INVOLVES]->(cb)
  USING JOIN ON e
  RETURN collect(DISTINCT e) AS met
}
CALL (said) {
  UNWIND said AS s
  RETURN count(s) AS statements, avg(toFloat(s.tone)) AS tone, min(s.date) AS firstSaid, max(s.date) AS lastSaid
}
CALL (met) {
  UNWIND met AS e
  RETURN min(e.date) AS firstMet, max(e.date) AS lastMet
}
// Topics and speakers in one walk of each statement's relationships (the caller orders them); event
// participants count like speakers.
CALL (said, met) {
  CALL (said, met) {
    UNWIND said AS s
    MATCH (s)-[r:ABOUT|MADE_BY]->(x)
    RETURN type(r) = 'ABOUT' AS isTopic, x
    UNION ALL
    UNWIND met AS e
    MATCH (e)-[:PARTICIPANT]->(x)
    RETURN false AS isTopic, x
  }
  WITH isTopic, x, count(*) AS n
  RETURN collect({isTopic: isTopic, id: x.id, name: x.name, count: n}) AS neighbours
}
RETURN ca.code + '|' + cb.code AS key, statements, size(met) AS events, tone, neighbours,
       CASE WHEN firstSaid IS NULL OR (firstMet IS NOT NULL AND firstMet < firstSaid) THEN firstMet ELSE firstSaid END AS firstAt,
       CASE WHEN lastSaid IS NULL OR (lastMet IS NOT NULL AND lastMet > lastSaid) THEN lastMet ELSE lastSaid END AS lastAt
