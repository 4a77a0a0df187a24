import { applySchema } from '../db/schema.ts';
import { closeDriver } from '../db/driver.ts';

export async function apply(): Promise<void> {
  try {
    const { statements, countries, topics } = await applySchema();
    process.stdout.write(`Schema applied: ${statements} constraints and indexes; ${countries} countries and organisations, ${topics} topics.\n`);
  } finally {
    await closeDriver();
  }
}
