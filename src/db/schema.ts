// Applies cypher/schema/*.cypher: constraints and indexes, idempotent (IF NOT EXISTS), then waits for them to be online.
import { cypherNames, cypher, splitStatements } from './queries.ts';
import { runCypher } from './run.ts';
import { seedReferenceData } from './seed.ts';
import { backfillTallies } from './tallies.ts';

/** Constraints and indexes, the reference data (countries, organisations, topics), and the tallies of a graph written before them. */
export async function applySchema(): Promise<{ statements: number; countries: number; topics: number }> {
  let statements = 0;
  for (const name of cypherNames('schema/')) {
    for (const statement of splitStatements(cypher(name))) {
      await runCypher('WRITE', statement);
      statements += 1;
    }
  }
  await runCypher('READ', 'CALL db.awaitIndexes(300)');
  const seeded = await seedReferenceData();
  await backfillTallies();
  return { statements, ...seeded };
}
