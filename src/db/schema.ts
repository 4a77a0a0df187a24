// Applies cypher/schema/*.cypher: constraints and indexes, idempotent (IF NOT EXISTS), then waits for them to be online.
import { cypherNames, cypher, splitStatements } from './queries.ts';
import { runCypher } from './run.ts';

export async function applySchema(): Promise<{ statements: number }> {
  let statements = 0;
  for (const name of cypherNames('schema/')) {
    for (const statement of splitStatements(cypher(name))) {
      await runCypher('WRITE', statement);
      statements += 1;
    }
  }
  await runCypher('READ', 'CALL db.awaitIndexes(300)');
  return { statements };
}
