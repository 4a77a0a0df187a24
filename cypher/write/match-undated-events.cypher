// Reports that cannot date their event alone are matched to the one stored event they report (rules in
// src/pipeline/resolve/undated.ts): an undated report ("today (Monday)", no publication date) to a dated
// event, a report dated by its publication day alone to a text-dated event up to 3 days before that day.
// Same type; the states of one among the other's (two at least); the participants of one among the
// other's (an event that names no one agrees with any report); the weekday and the day of the month, when
// the report gives them. No match, or several: the report keeps its own event.
UNWIND $rows AS row
CALL (row) {
  // dated by publication: the events of the few days before it
  WITH row WHERE row.date IS NOT NULL
  MATCH (e:Event)
  WHERE e.date >= toString(date(row.date) - duration({days: 3})) AND e.date <= row.date AND e.type = row.type
    AND coalesce(e.dateBasis, 'text') = 'text'
  RETURN e
  UNION
  // undated: the events of the report's states
  WITH row WHERE row.date IS NULL
  UNWIND row.countries AS code
  MATCH (:Country {code: code})<-[:INVOLVES]-(e:Event {type: row.type})
  WHERE e.date IS NOT NULL
  RETURN DISTINCT e
}
WITH row, e
WHERE e.id <> row.key
  AND (row.weekday IS NULL OR date(e.date).dayOfWeek = row.weekday)
  AND (row.monthDay IS NULL OR date(e.date).day = row.monthDay)
  AND (all(pid IN row.participants WHERE EXISTS { (e)-[:PARTICIPANT]->(:Official {id: pid}) })
    OR NOT EXISTS { MATCH (e)-[:PARTICIPANT]->(o:Official) WHERE NOT o.id IN row.participants })
WITH row, e, COLLECT { MATCH (e)-[:INVOLVES]->(c:Country) RETURN c.code } AS codes
WHERE (size(row.countries) <= size(codes) AND size(row.countries) >= 2 AND all(c IN row.countries WHERE c IN codes))
   OR (size(codes) >= 2 AND all(c IN codes WHERE c IN row.countries))
WITH row, collect(DISTINCT e) AS candidates
WHERE size(candidates) = 1
RETURN row.key AS key, candidates[0].id AS id, candidates[0].date AS date, coalesce(candidates[0].dateBasis, 'text') AS basis
