// How many events match the filters of events-page.
// Params: type, participant, from, to (null when not given); $involves: the country codes the event must all
// involve ([] for any), $country: the first of them or null (where the search starts).
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
RETURN count(e) AS n
