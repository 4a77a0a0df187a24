// Officials who took part in the same events as each official, most shared events first.
UNWIND $ids AS id
MATCH (:Official {id: id})<-[:PARTICIPANT]-(:Event)-[:PARTICIPANT]->(other:Official)
WHERE other.id <> id
WITH id, other, count(*) AS shared ORDER BY shared DESC, other.name
RETURN id AS key, collect(other.id) AS ids
