// Officials by id, for the official loader; the country is the one they serve.
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, coalesce(o.titles, []) AS titles,
       coalesce([(o)-[:SERVES]->(c:Country) | c.code][0], o.country) AS countryCode
