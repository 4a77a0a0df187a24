// Benchmark housekeeping: how many statements the articles of a benchmark (by id prefix) hold.
MATCH (a:Article)<-[:REPORTED_IN]-(s:Statement)
WHERE a.id STARTS WITH $prefix
RETURN count(s) AS statements, count(DISTINCT a) AS articles
