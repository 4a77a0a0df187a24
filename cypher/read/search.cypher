// Full-text search over every searchable kind; $query is an escaped Lucene query. Scores of different indexes
// are not strictly comparable, but each is relevance-ordered, which is what a search box needs.
CALL () {
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'STATEMENT' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('official_names', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'OFFICIAL' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('country_names', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'COUNTRY' AS kind, node.code AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_title', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'ARTICLE' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('topic_label', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'TOPIC' AS kind, node.id AS id, score
}
RETURN kind, id, score
ORDER BY score DESC, kind, id
LIMIT toInteger($limit)
