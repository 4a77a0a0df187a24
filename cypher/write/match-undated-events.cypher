// Undated reports of an event ("today (Monday)" in an article without a date) are matched to the one stored,
// dated event of the same type, the same states and the same named participants. No match, or several:
// the report keeps its own undated event.
UNWIND $rows AS row
MATCH (:Country {code: row.countries[0]})<-[:INVOLVES]-(e:Event {type: row.type})
WHERE e.date IS NOT NULL
  AND all(code IN row.countries WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: code}) })
  AND all(pid IN row.participants WHERE EXISTS { (e)-[:PARTICIPANT]->(:Official {id: pid}) })
WITH row, collect(DISTINCT e) AS candidates
WHERE size(candidates) = 1
RETURN row.key AS key, candidates[0].id AS id, candidates[0].date AS date
