// Deletes Article nodes (after retract-articles removed what they produced).
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
RETURN count(*) AS deleted
