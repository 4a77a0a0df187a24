// The statements without a date, after the dated ones when no filter is given (id order, descending).
// $afterId: null or the id of the last undated statement already served.
MATCH (s:Statement)
WHERE s.date IS NULL AND ($afterId IS NULL OR s.id < $afterId)
WITH s ORDER BY s.id DESC LIMIT toInteger($limit)
RETURN s.id AS id, s.text AS text, s.language AS language, s.kind AS kind, s.tone AS tone,
       null AS date, s.start AS start, s.end AS end,
       [(s)-[:MADE_BY]->(o:Official) | o.id][0] AS speakerId,
       [(s)-[:ON_BEHALF_OF]->(c:Country) | c.code][0] AS speakerCountry,
       [(s)-[:CONCERNS]->(c:Country) | c.code] AS targets,
       [(s)-[:ABOUT]->(t:Topic) | t.id] AS topics,
       [(s)-[:DURING]->(e:Event) | e.id][0] AS eventId,
       [(s)-[:REPORTED_IN]->(a:Article) | a.id][0] AS articleId, '' AS sortKey
