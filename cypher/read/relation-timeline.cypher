// The relation of $a and $b period by period (date.truncate unit $unit: month, quarter or year), between the
// months $from and $to (YYYY-MM-DD of whole months, or null: open). Statements come from the pair's monthly
// tallies (cypher/write/tallies.cypher), summed by period and kind
// (with the tone) or period and topic; events are few and counted from the graph. One row per period and
// kind, per period and topic, or per period (events); the caller folds them into periods.
MATCH (x:Tally)
WHERE x.pair = CASE WHEN $a < $b THEN $a + '|' + $b ELSE $b + '|' + $a END
  AND x.month > '' AND x.month >= left(coalesce($from, ''), 7) AND ($to IS NULL OR x.month <= left($to, 7))
// the period's first day from the month's text (no date parsing per tally)
WITH CASE $unit
       WHEN 'month' THEN x.month + '-01'
       WHEN 'year' THEN left(x.month, 4) + '-01-01'
       ELSE left(x.month, 4) + '-' + ['01', '04', '07', '10'][(toInteger(right(x.month, 2)) - 1) / 3] + '-01'
     END AS period, x
WITH period, CASE WHEN x.dim = 'kind' THEN x.value END AS kind, CASE WHEN x.dim = 'topic' THEN x.value END AS topic,
     sum(x.n) AS n, sum(x.toneSum) AS toneSum, sum(x.toned) AS toned
RETURN period, kind, topic, n AS statements, CASE WHEN kind IS NULL THEN 0.0 ELSE toneSum END AS toneSum,
       CASE WHEN kind IS NULL THEN 0 ELSE toned END AS toned, 0 AS events
UNION ALL
MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
MATCH (ca)<-[:INVOLVES]-(e)-[:INVOLVES]->(cb)
USING JOIN ON e
WITH DISTINCT e
WITH e, e.date AS d WHERE d IS NOT NULL AND ($from IS NULL OR d >= $from) AND ($to IS NULL OR d <= $to)
WITH toString(date.truncate($unit, date(d))) AS period, count(e) AS events
RETURN period, null AS kind, null AS topic, 0 AS statements, 0.0 AS toneSum, 0 AS toned, events
