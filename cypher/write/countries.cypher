// Every country code a batch uses exists before anything links to it (codes outside the reference data,
// e.g. a new organisation, get a minimal node). The other write queries can then MATCH countries, which
// keeps their plans free of eager barriers.
UNWIND $codes AS code
MERGE (c:Country {code: code})
  ON CREATE SET c.name = code, c.kind = 'state'
RETURN count(c) AS countries
