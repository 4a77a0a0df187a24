// Officials, with every spelling and title seen, the state they serve, and the article that mentions them.
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
WITH o, row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[m:MENTIONS]->(o)
SET m.aliases = row.aliases, m.titles = row.titles, m.count = row.mentions
RETURN count(o) AS officials
