// Articles by id, with the countries they feature and the officials they mention.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.url AS url, coalesce(a.source, [(a)-[:PUBLISHED_BY]->(src:Source) | src.name][0]) AS source,
       a.title AS title, a.language AS language, toString(a.publishedAt) AS publishedAt, a.text AS text,
       toString(a.ingestedAt) AS ingestedAt,
       [(a)-[:FEATURES]->(c:Country) | c.code] AS countries,
       [(a)-[:MENTIONS]->(o:Official) | o.id] AS officials
