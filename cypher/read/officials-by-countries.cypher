// The officials who serve each country, by name, for Country.officials.
UNWIND $codes AS code
MATCH (:Country {code: code})<-[:SERVES]-(o:Official)
WITH code, o ORDER BY o.name
RETURN code AS key, collect(o.id) AS ids
