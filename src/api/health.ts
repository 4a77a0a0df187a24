import { getDriver } from '../db/driver.ts';

/** True when Neo4j answers a trivial query within two seconds. */
export async function neo4jAnswers(): Promise<boolean> {
  try {
    const { driver, connection } = getDriver();
    await Promise.race([
      driver.executeQuery('RETURN 1', {}, { database: connection.database }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
