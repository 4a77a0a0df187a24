// How many officials match the filters of officials-page.
CALL () {
  WITH 1 AS go WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('official_names', $search) YIELD node
  RETURN node AS o
  UNION ALL
  WITH 1 AS go WHERE $search IS NULL AND $country IS NOT NULL
  MATCH (:Country {code: $country})<-[:SERVES]-(o:Official)
  RETURN o
  UNION ALL
  WITH 1 AS go WHERE $search IS NULL AND $country IS NULL
  MATCH (o:Official)
  RETURN o
}
WITH o WHERE $country IS NULL OR EXISTS { (o)-[:SERVES]->(:Country {code: $country}) }
RETURN count(o) AS n
