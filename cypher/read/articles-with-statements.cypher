// Article ids after $after in id order, $limit at a time, that have statements (for the tallies' backfill).
MATCH (a:Article)
WHERE a.id > $after AND EXISTS { (a)<-[:REPORTED_IN]-(:Statement) }
RETURN a.id AS id
ORDER BY id
LIMIT toInteger($limit)
