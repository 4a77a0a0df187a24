// Statements by id, with the ids of their neighbours, for the statement loader.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s.id AS id, s.text AS text, s.language AS language, s.kind AS kind, s.tone AS tone,
       toString(s.date) AS date, s.start AS start, s.end AS end,
       [(s)-[:MADE_BY]->(o:Official) | o.id][0] AS speakerId,
       [(s)-[:ON_BEHALF_OF]->(c:Country) | c.code][0] AS speakerCountry,
       [(s)-[:CONCERNS]->(c:Country) | c.code] AS targets,
       [(s)-[:ABOUT]->(t:Topic) | t.id] AS topics,
       [(s)-[:DURING]->(e:Event) | e.id][0] AS eventId,
       [(s)-[:REPORTED_IN]->(a:Article) | a.id][0] AS articleId
