// Events: one node per real event (the id comes from type, date and participants), reported in many articles.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.type = row.type, e.date = row.date, e.dateBasis = row.dateBasis, e.caption = row.type + ' ' + coalesce(row.date, '(undated)')
WITH e, row
MATCH (a:Article {id: row.articleId})
CREATE (e)-[r:REPORTED_IN]->(a)
SET r.main = row.main, r.participants = row.participants, r.countries = row.countries
WITH e, row
CALL (e, row) {
  UNWIND row.countries AS code
  MATCH (c:Country {code: code})
  MERGE (e)-[:INVOLVES]->(c)
}
CALL (e, row) {
  UNWIND row.participants AS pid
  MATCH (o:Official {id: pid})
  MERGE (e)-[:PARTICIPANT]->(o)
}
RETURN count(e) AS events
