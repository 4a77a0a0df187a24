// What changed today: articles ingested since midnight (UTC) and what they brought in.
MATCH (a:Article)
WHERE a.ingestedAt >= datetime({date: date()})
OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
OPTIONAL MATCH (a)-[:FEATURES]->(c:Country)
RETURN a, collect(DISTINCT e) AS events, collect(DISTINCT c) AS countries, count(DISTINCT s) AS statements
ORDER BY a.ingestedAt DESC
LIMIT 50
