// Countries and organisations by code, for the country loader.
UNWIND $codes AS code
MATCH (c:Country {code: code})
RETURN c.code AS code, c.name AS name, coalesce(c.names, []) AS names, coalesce(c.kind, 'state') AS kind
