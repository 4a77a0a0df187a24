// A relation between two countries: their events, the officials in them and what was said.
// :param a => 'CN'
// :param b => 'KG'
MATCH (a:Country {code: $a}), (b:Country {code: $b})
MATCH (e:Event)-[:INVOLVES]->(a), (e)-[:INVOLVES]->(b)
OPTIONAL MATCH (e)-[:PARTICIPANT]->(o:Official)
OPTIONAL MATCH (s:Statement)-[:DURING]->(e)
RETURN a, b, e, collect(DISTINCT o) AS officials, collect(DISTINCT s)[..10] AS statements
ORDER BY e.date DESC
LIMIT 25
