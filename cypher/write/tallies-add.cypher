// Adds a batch's statements to the pairs' monthly tallies, summed beforehand by the writer (tallyRows in
// src/pipeline/write/rows.ts), in key order so that concurrent writers take the locks in the same order.
// cypher/write/tallies.cypher reads the same facts back from the graph to take them away again.
UNWIND $rows AS row
MERGE (x:Tally {key: row.key})
  ON CREATE SET x.pair = row.pair, x.month = row.month, x.dim = row.dim, x.value = row.value, x.n = 0, x.toneSum = 0.0, x.toned = 0
SET x.n = x.n + row.n, x.toneSum = x.toneSum + row.toneSum, x.toned = x.toned + row.toned
