// The relation of $a and $b period by period from the statements themselves: for intervals finer than a month,
// or bounds inside a month, which the monthly tallies cannot answer (cypher/read/relation-timeline.cypher).
// Periods by date.truncate unit $unit, between $from and $to (null: open).
// One row per period and kind (statements, tone sum) or per period and topic (statements) or per period
// (events); the caller folds them into periods. Both sides are expanded from their Country nodes and
// hash-joined; a statement's topics are read in one walk of its relationships.
MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
CALL (ca, cb) {
  MATCH (ca)<-[:ON_BEHALF_OF]-(s)-[:CONCERNS]->(cb)
  USING JOIN ON s
  RETURN s
  UNION
  MATCH (cb)<-[:ON_BEHALF_OF]-(s)-[:CONCERNS]->(ca)
  USING JOIN ON s
  RETURN s
}
WITH s, s.date AS d WHERE d IS NOT NULL AND ($from IS NULL OR d >= $from) AND ($to IS NULL OR d <= $to)
WITH s, toString(date.truncate($unit, date(d))) AS period
CALL (s) {
  RETURN s.kind AS kind, null AS topic
  UNION ALL
  MATCH (s)-[:ABOUT]->(t)
  RETURN null AS kind, t AS topic
}
WITH period, kind, topic, count(*) AS n,
     sum(CASE WHEN topic IS NULL THEN toFloat(s.tone) END) AS toneSum, count(CASE WHEN topic IS NULL THEN s.tone END) AS toned
RETURN period, kind, topic.id AS topic, n AS statements, toneSum, toned, 0 AS events
UNION ALL
MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
MATCH (ca)<-[:INVOLVES]-(e)-[:INVOLVES]->(cb)
USING JOIN ON e
WITH DISTINCT e
WITH e, e.date AS d WHERE d IS NOT NULL AND ($from IS NULL OR d >= $from) AND ($to IS NULL OR d <= $to)
WITH toString(date.truncate($unit, date(d))) AS period, count(e) AS events
RETURN period, null AS kind, null AS topic, 0 AS statements, 0.0 AS toneSum, 0 AS toned, events
