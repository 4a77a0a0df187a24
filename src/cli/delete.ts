import { closeDriver } from '../db/driver.ts';
import { deleteArticles as retract } from '../pipeline/write/index.ts';

export async function deleteArticles(ids: string[]): Promise<void> {
  try {
    const result = await retract(ids);
    process.stdout.write(
      `Deleted ${result.deleted} of ${ids.length} articles; nodes -${result.nodesDeleted}, relationships -${result.relationshipsDeleted}.\n`,
    );
    if (result.deleted < ids.length) process.stdout.write('Ids not found were already absent.\n');
  } finally {
    await closeDriver();
  }
}
