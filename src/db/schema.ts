// Applies cypher/schema/*.cypher: constraints and indexes, idempotent (IF NOT EXISTS), then waits for them to be online.
import { cypherNames, cypher, splitStatements } from './queries.ts';
import { runCypher } from './run.ts';
import { seedReferenceData } from './seed.ts';

/** Constraints and indexes, then the reference data (countries, organisations, topics). */
export async function applySchema(): Promise<{ statements: number; countries: number; topics: number }> {
  let statements = 0;
  for (const name of cypherNames('schema/')) {
    for (const statement of splitStatements(cypher(name))) {
      await runCypher('WRITE', statement);
      statements += 1;
    }
  }
  await runCypher('READ', 'CALL db.awaitIndexes(300)');
  return { statements, ...(await seedReferenceData()) };
}
