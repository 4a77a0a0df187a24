// Benchmark housekeeping: the ids of the articles a benchmark generated (by id prefix).
MATCH (a:Article)
WHERE a.id STARTS WITH $prefix
RETURN a.id AS id
LIMIT toInteger($limit)
