// One page of events, newest first, keyset on (date, id); undated events come last.
// Params: type, participant, from, to (null when not given); $involves: the country codes the event must all
// involve ([] for any), $country: the first of them or null (where the search starts).
// $after: null or {key, id}; $limit: page size + 1.
CALL () {
  WITH 1 AS go WHERE $participant IS NOT NULL
  MATCH (:Official {id: $participant})<-[:PARTICIPANT]-(e:Event)
  RETURN e
  UNION ALL
  WITH 1 AS go WHERE $participant IS NULL AND $country IS NOT NULL
  MATCH (:Country {code: $country})<-[:INVOLVES]-(e:Event)
  RETURN e
  UNION ALL
  WITH 1 AS go WHERE $participant IS NULL AND $country IS NULL
  MATCH (e:Event)
  RETURN e
}
WITH e
WHERE ($type IS NULL OR e.type = $type)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($participant IS NULL OR EXISTS { (e)-[:PARTICIPANT]->(:Official {id: $participant}) })
  AND all(code IN $involves WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: code}) })
WITH e, coalesce(e.date, '') AS key
WHERE $after IS NULL OR key < $after.key OR (key = $after.key AND e.id < $after.id)
WITH e, key ORDER BY key DESC, e.id DESC LIMIT toInteger($limit)
RETURN e.id AS id, e.type AS type, toString(e.date) AS date,
       [(e)-[:INVOLVES]->(c:Country) | c.code] AS countries,
       [(e)-[:PARTICIPANT]->(o:Official) | o.id] AS participants,
       [(e)-[:REPORTED_IN]->(a:Article) | a.id] AS articles,
       key AS sortKey
