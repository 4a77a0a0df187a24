// An event with every article that reports it, whatever the language, and its participants.
// :param event => '<event id from the API or another query>'
MATCH (e:Event {id: $event})
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (e)-[:PARTICIPANT]->(o:Official)
OPTIONAL MATCH (e)-[:INVOLVES]->(c:Country)
RETURN e, collect(DISTINCT a) AS articles, collect(DISTINCT o) AS participants, collect(DISTINCT c) AS countries
