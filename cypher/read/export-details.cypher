// What an export adds to a page of statements (read/statements-page): the speaker's name, where the article
// is and what it is called, and the type of the event. One row per id that still exists.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN s.id AS id,
       [(s)-[:MADE_BY]->(o:Official) | o.name][0] AS speakerName,
       a.url AS articleUrl,
       a.title AS articleTitle,
       coalesce(a.source, [(a)-[:PUBLISHED_BY]->(src:Source) | src.name][0]) AS articleSource,
       toString(a.publishedAt) AS articlePublishedAt,
       [(s)-[:DURING]->(e:Event) | e.type][0] AS eventType
