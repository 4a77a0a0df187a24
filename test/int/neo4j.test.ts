import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { runCypher } from '../../src/db/run.ts';
import { closeDriver, resolveConnection } from '../../src/db/driver.ts';
import { applySchema } from '../../src/db/schema.ts';

afterAll(closeDriver);

describe('the real Neo4j the project starts', () => {
  it('when nothing is configured, then the local server is used with its stored password', () => {
    const connection = resolveConnection();
    expect(connection.uri).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//);
    expect(connection.password.length).toBeGreaterThanOrEqual(8);
  });

  it('when an article is written, read and deleted, then each step is visible', async () => {
    const id = `test-${randomUUID()}`;
    await runCypher('WRITE', 'CREATE (:Article {id: $id, title: $title})', { id, title: 'وزير الخارجية 外长' });
    const read = await runCypher<{ title: string }>('READ', 'MATCH (a:Article {id: $id}) RETURN a.title AS title', { id });
    expect(read).toEqual([{ title: 'وزير الخارجية 外长' }]);
    await runCypher('WRITE', 'MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
    expect(await runCypher('READ', 'MATCH (a:Article {id: $id}) RETURN a', { id })).toEqual([]);
  });

  it('when a second official with the same id is created, then the constraint rejects it', async () => {
    const id = `test-${randomUUID()}`;
    await runCypher('WRITE', 'CREATE (:Official {id: $id, name: "A"})', { id });
    try {
      await expect(runCypher('WRITE', 'CREATE (:Official {id: $id, name: "B"})', { id })).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
      const count = await runCypher<{ n: number }>('READ', 'MATCH (o:Official {id: $id}) RETURN count(o) AS n', { id });
      expect(count[0]?.n).toBe(1);
    } finally {
      await runCypher('WRITE', 'MATCH (o:Official {id: $id}) DETACH DELETE o', { id });
    }
  });

  it('when the schema is applied twice, then the second run changes nothing and every index is online', async () => {
    const before = await runCypher<{ n: number }>('READ', 'SHOW INDEXES YIELD name RETURN count(*) AS n');
    await applySchema();
    const after = await runCypher<{ n: number; online: number }>(
      'READ',
      "SHOW INDEXES YIELD name, state RETURN count(*) AS n, sum(CASE state WHEN 'ONLINE' THEN 1 ELSE 0 END) AS online",
    );
    expect(after[0]?.n).toBe(before[0]?.n);
    expect(after[0]?.online).toBe(after[0]?.n);
  });
});
