// An official's statements, with the countries they concern and their topics.
// :param name => 'Wang Yi'
MATCH (o:Official)
WHERE o.name = $name OR $name IN o.aliases
MATCH (s:Statement)-[:MADE_BY]->(o)
OPTIONAL MATCH (s)-[:CONCERNS]->(c:Country)
OPTIONAL MATCH (s)-[:ABOUT]->(t:Topic)
RETURN o, s, collect(DISTINCT c) AS countries, collect(DISTINCT t) AS topics
ORDER BY s.date DESC
LIMIT 50
