// One page of officials ordered by (name, id); $country narrows to those who serve it, $search (escaped
// Lucene) matches names, aliases and titles in any script. $after: null or {name, id}.
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
WITH o WHERE ($country IS NULL OR EXISTS { (o)-[:SERVES]->(:Country {code: $country}) })
  AND ($after IS NULL OR o.name > $after.name OR (o.name = $after.name AND o.id > $after.id))
WITH o ORDER BY o.name, o.id LIMIT toInteger($limit)
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, coalesce(o.titles, []) AS titles,
       coalesce([(o)-[:SERVES]->(c:Country) | c.code][0], o.country) AS countryCode
