// Whether each pair of country codes is related: a statement of one concerns the other (the pair has a
// tally, cypher/write/tallies.cypher: one index seek), or an event involves both (a join of the two
// countries' INVOLVES relationships that stops at its first row).
UNWIND $pairs AS pair
MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
WITH ca, cb, CASE WHEN ca.code < cb.code THEN ca.code + '|' + cb.code ELSE cb.code + '|' + ca.code END AS tallyPair
RETURN ca.code + '|' + cb.code AS key,
       EXISTS { MATCH (x:Tally) WHERE x.pair = tallyPair }
       OR EXISTS { (ca)<-[:INVOLVES]-(e)-[:INVOLVES]->(cb) } AS related
