// The relation of $a and $b period by period (date.truncate unit $unit), between $from and $to (null: open):
// statement rows carry their kind, tone and topics, event rows only count; the caller aggregates.
MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
CALL (ca, cb) {
  MATCH (ca)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(cb)
  USING JOIN ON s
  RETURN s
  UNION
  MATCH (cb)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(ca)
  USING JOIN ON s
  RETURN s
}
WITH s WHERE s.date IS NOT NULL AND ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
WITH toString(date.truncate($unit, date(s.date))) AS period, s
WITH period, count(s) AS statements, avg(toFloat(s.tone)) AS tone, collect(s.kind) AS kinds,
     collect([(s)-[:ABOUT]->(t:Topic) | t.id]) AS topics
RETURN period, statements, tone, kinds, topics, 0 AS events
UNION ALL
MATCH (ca:Country {code: $a})<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(cb:Country {code: $b})
WHERE e.date IS NOT NULL AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH toString(date.truncate($unit, date(e.date))) AS period, count(DISTINCT e) AS events
RETURN period, 0 AS statements, null AS tone, [] AS kinds, [] AS topics, events
