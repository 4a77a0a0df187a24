// Reference data: the topic taxonomy with its hierarchy.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t.label = row.label, t.about = row.about, t.parent = row.parent
WITH t, row
CALL (t, row) {
  WITH t, row WHERE row.parent IS NOT NULL
  MERGE (p:Topic {id: row.parent})
  MERGE (t)-[:CHILD_OF]->(p)
}
RETURN count(t) AS topics
