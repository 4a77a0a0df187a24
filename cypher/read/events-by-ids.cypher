// Events by id, with the ids of their countries, participants and reporting articles.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e.type AS type, toString(e.date) AS date,
       [(e)-[:INVOLVES]->(c:Country) | c.code] AS countries,
       [(e)-[:PARTICIPANT]->(o:Official) | o.id] AS participants,
       [(e)-[:REPORTED_IN]->(a:Article) | a.id] AS articles
