// One page of countries ordered by code, keyset on code; $search (an escaped Lucene query) matches names in any language.
CALL () {
  WITH 1 AS go WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('country_names', $search) YIELD node
  RETURN node AS c
  UNION ALL
  WITH 1 AS go WHERE $search IS NULL
  MATCH (c:Country)
  RETURN c
}
WITH c WHERE $after IS NULL OR c.code > $after
WITH c ORDER BY c.code LIMIT toInteger($limit)
RETURN c.code AS code, c.name AS name, coalesce(c.names, []) AS names, coalesce(c.kind, 'state') AS kind
