// Adds ($sign = 1) or takes away ($sign = -1) the statements of articles $ids in the monthly tallies of
// each pair: a statement counts for the pair of its side and each state it concerns, once, by kind (with
// its tone) and by topic — what the relation timeline reads instead of walking every statement, and what
// tells whether a pair is related. Undated statements count under the month ''.
// The writer runs it after writing articles and before retracting them, in the same transaction.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:REPORTED_IN]-(s:Statement)
MATCH (s)-[:ON_BEHALF_OF]->(c:Country)
MATCH (s)-[:CONCERNS]->(t:Country)
WHERE t <> c
WITH DISTINCT s, CASE WHEN c.code < t.code THEN c.code + '|' + t.code ELSE t.code + '|' + c.code END AS pair
CALL (s) {
  RETURN 'kind' AS dim, s.kind AS value, s.tone AS tone
  UNION ALL
  MATCH (s)-[:ABOUT]->(topic:Topic)
  RETURN 'topic' AS dim, topic.id AS value, null AS tone
}
WITH pair, coalesce(left(s.date, 7), '') AS month, dim, value, count(*) AS n, sum(coalesce(toFloat(tone), 0.0)) AS toneSum, count(tone) AS toned
WITH pair + '|' + month + '|' + dim + '|' + value AS key, pair, month, dim, value, n, toneSum, toned
ORDER BY key
MERGE (x:Tally {key: key})
  ON CREATE SET x.pair = pair, x.month = month, x.dim = dim, x.value = value, x.n = 0, x.toneSum = 0.0, x.toned = 0
SET x.n = x.n + $sign * n, x.toneSum = x.toneSum + $sign * toneSum, x.toned = x.toned + $sign * toned
WITH x WHERE x.n <= 0
DELETE x
