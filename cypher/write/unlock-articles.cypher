// Releases articles that were locked but need no write (another writer stored the same text meanwhile).
UNWIND $ids AS id
MATCH (a:Article {id: id})
REMOVE a.writing
RETURN count(a) AS unlocked
