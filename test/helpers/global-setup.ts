// Runs once before all test files: the schema must be in place for integration tests.
// `npm test` has already started the local Neo4j (or NEO4J_URI points at one).
import { applySchema } from '../../src/db/schema.ts';
import { closeDriver } from '../../src/db/driver.ts';

export default async function setup(): Promise<void> {
  await applySchema();
  await closeDriver();
}
