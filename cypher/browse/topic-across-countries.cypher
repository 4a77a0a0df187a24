// A topic (with its children) across countries: which states speak about it, about whom, how often.
// :param topic => 'health'
MATCH (t:Topic)
WHERE t.id = $topic OR t.id STARTS WITH $topic + '.'
MATCH (s:Statement)-[:ABOUT]->(t)
MATCH (s)-[:ON_BEHALF_OF]->(speaker:Country)
OPTIONAL MATCH (s)-[:CONCERNS]->(target:Country)
WITH t, speaker, target, count(DISTINCT s) AS statements
RETURN t, speaker, target, statements
ORDER BY statements DESC
LIMIT 50
