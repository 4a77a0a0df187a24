import { afterAll, describe, expect, it } from 'vitest';
import { cypher, cypherNames } from '../../src/db/queries.ts';
import { runCypher } from '../../src/db/run.ts';
import { closeDriver } from '../../src/db/driver.ts';

afterAll(closeDriver);

describe('every Cypher file the service runs', () => {
  const names = [...cypherNames('read/'), ...cypherNames('write/')];

  it('when the read and write folders are listed, then the API’s queries are there', () => {
    expect(names).toEqual(expect.arrayContaining(['read/statements-page', 'read/relation-summaries', 'read/time-series', 'write/merge-officials']));
  });

  it.each(names)('when %s is EXPLAINed, then Neo4j plans it without error', async (name) => {
    await expect(runCypher('READ', `EXPLAIN ${cypher(name)}`)).resolves.toEqual([]);
  });
});
