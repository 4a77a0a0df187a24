// How many countries match $search (or all of them).
CALL () {
  WITH 1 AS go WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('country_names', $search) YIELD node
  RETURN node AS c
  UNION ALL
  WITH 1 AS go WHERE $search IS NULL
  MATCH (c:Country)
  RETURN c
}
RETURN count(c) AS n
