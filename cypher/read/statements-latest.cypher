// The newest dated statements when no filter is given: the date index hands them over in order, so the first
// page of 100k statements reads about $limit rows instead of sorting them all. $after: null or {key, id}.
MATCH (s:Statement)
WHERE s.date IS NOT NULL AND ($after IS NULL OR s.date < $after.key OR (s.date = $after.key AND s.id < $after.id))
WITH s ORDER BY s.date DESC, s.id DESC LIMIT toInteger($limit)
RETURN s.id AS id, s.text AS text, s.language AS language, s.kind AS kind, s.tone AS tone,
       toString(s.date) AS date, s.start AS start, s.end AS end,
       [(s)-[:MADE_BY]->(o:Official) | o.id][0] AS speakerId,
       [(s)-[:ON_BEHALF_OF]->(c:Country) | c.code][0] AS speakerCountry,
       [(s)-[:CONCERNS]->(c:Country) | c.code] AS targets,
       [(s)-[:ABOUT]->(t:Topic) | t.id] AS topics,
       [(s)-[:DURING]->(e:Event) | e.id][0] AS eventId,
       [(s)-[:REPORTED_IN]->(a:Article) | a.id][0] AS articleId, s.date AS sortKey
