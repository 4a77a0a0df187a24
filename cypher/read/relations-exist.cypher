// Whether each pair of country codes is related (a statement of one concerns the other, or an event involves
// both), without reading the pair's statements: each link is a join of the two countries' relationships that
// stops at its first row, so it costs at most one walk of each side (no per-statement property reads).
UNWIND $pairs AS pair
MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
RETURN ca.code + '|' + cb.code AS key,
       EXISTS { (ca)<-[:ON_BEHALF_OF]-(s)-[:CONCERNS]->(cb) }
       OR EXISTS { (cb)<-[:ON_BEHALF_OF]-(s)-[:CONCERNS]->(ca) }
       OR EXISTS { (ca)<-[:INVOLVES]-(e)-[:INVOLVES]->(cb) } AS related
