// Reference data: every ISO 3166-1 state and the international organisations, names in many languages.
UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c.name = row.name, c.kind = row.kind, c.names = row.names, c.nameText = row.nameText
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.kind = 'organisation'
  SET c:Organisation
}
RETURN count(c) AS countries
