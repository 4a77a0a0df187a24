// Officials, once per batch each, with every spelling and title seen, the state they serve, and a mention
// from each article of the batch that names them.
UNWIND $rows AS row
MERGE (o:Official {id: row.id})
  ON CREATE SET o.name = row.name, o.country = row.country
SET o.country = coalesce(o.country, row.country),
    o.aliases = reduce(acc = coalesce(o.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    o.titles = reduce(acc = coalesce(o.titles, []), x IN row.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET o.aliasText = reduce(s = '', x IN o.aliases | s + ' ' + x),
    o.titleText = reduce(s = '', x IN o.titles | s + ' ' + x)
WITH o, row
CALL (o, row) {
  WITH o, row WHERE row.country IS NOT NULL
  MATCH (c:Country {code: row.country})
  MERGE (o)-[:SERVES]->(c)
}
CALL (o, row) {
  UNWIND row.mentions AS mention
  MATCH (a:Article {id: mention.articleId})
  CREATE (a)-[m:MENTIONS]->(o)
  SET m.aliases = mention.aliases, m.titles = mention.titles, m.count = mention.count
}
RETURN count(o) AS officials
