// Articles with their outlet and the countries they are about (locked and retracted before: their
// relationships are created anew).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.source = row.source, a.title = row.title, a.language = row.language,
    a.publishedAt = row.publishedAt, a.publishedDate = row.publishedDate, a.contentHash = row.contentHash,
    a.text = row.text, a.ingestedAt = datetime()
REMOVE a.writing
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.source IS NOT NULL
  MERGE (s:Source {name: row.source})
  CREATE (a)-[:PUBLISHED_BY]->(s)
}
CALL (a, row) {
  UNWIND row.countries AS code
  MATCH (c:Country {code: code})
  CREATE (a)-[:FEATURES]->(c)
}
RETURN count(a) AS articles
