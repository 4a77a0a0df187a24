// Statements with their provenance (article and offsets), speaker, side, targets, topics and event.
// Their article is locked and its old statements were retracted, so everything here is created.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (s:Statement {id: row.id})
SET s.text = row.text, s.language = row.language, s.kind = row.kind, s.tone = row.tone, s.date = row.date,
    s.start = row.start, s.end = row.end,
    s.caption = row.kind + ': ' + left(row.text, 48) + CASE WHEN size(row.text) > 48 THEN '…' ELSE '' END
CREATE (s)-[:REPORTED_IN]->(a)
WITH s, row
CALL (s, row) {
  WITH s, row WHERE row.speaker IS NOT NULL
  MATCH (o:Official {id: row.speaker})
  CREATE (s)-[:MADE_BY]->(o)
}
CALL (s, row) {
  WITH s, row WHERE row.speakerCountry IS NOT NULL
  MATCH (c:Country {code: row.speakerCountry})
  CREATE (s)-[:ON_BEHALF_OF]->(c)
}
CALL (s, row) {
  UNWIND row.targets AS code
  MATCH (c:Country {code: code})
  CREATE (s)-[:CONCERNS]->(c)
}
CALL (s, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  CREATE (s)-[:ABOUT]->(t)
}
CALL (s, row) {
  WITH s, row WHERE row.eventId IS NOT NULL
  MATCH (e:Event {id: row.eventId})
  CREATE (s)-[:DURING]->(e)
}
RETURN count(s) AS statements
