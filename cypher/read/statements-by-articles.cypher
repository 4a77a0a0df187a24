// The statements of articles, in text order, for Article.statements.
UNWIND $ids AS articleId
MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: articleId})
WITH articleId, s ORDER BY s.start
RETURN articleId AS key, s.id AS id, s.text AS text, s.language AS language, s.kind AS kind, s.tone AS tone,
       toString(s.date) AS date, s.start AS start, s.end AS end,
       [(s)-[:MADE_BY]->(o:Official) | o.id][0] AS speakerId,
       [(s)-[:ON_BEHALF_OF]->(c:Country) | c.code][0] AS speakerCountry,
       [(s)-[:CONCERNS]->(c:Country) | c.code] AS targets,
       [(s)-[:ABOUT]->(t:Topic) | t.id] AS topics,
       [(s)-[:DURING]->(e:Event) | e.id][0] AS eventId,
       [(s)-[:REPORTED_IN]->(a:Article) | a.id][0] AS articleId
