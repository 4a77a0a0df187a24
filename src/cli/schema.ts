import { applySchema } from '../db/schema.ts';
import { closeDriver } from '../db/driver.ts';

export async function apply(): Promise<void> {
  try {
    const { statements } = await applySchema();
    process.stdout.write(`Schema applied: ${statements} constraints and indexes present.\n`);
  } finally {
    await closeDriver();
  }
}
