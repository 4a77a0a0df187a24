// The daily tallies of pairs (cypher/write/tallies.cypher) are kept by the writer; a graph written before
// they existed, or whose tallying stopped half-way, gets them computed once from its statements.
import { readRows, runCypher, writeRows } from './run.ts';

const MARK = 'tallies-v3'; // v3: undated statements under month '' (v2: dated only, v1: daily)
const BATCH = 500;

/** Computes every tally from the stored statements unless that was done (and finished) before. Returns articles read. */
export async function backfillTallies(): Promise<number> {
  const [done] = await runCypher<{ n: number }>('READ', 'MATCH (m:DyadMeta {key: $key}) RETURN count(m) AS n', { key: MARK });
  if (done && Number(done.n) > 0) return 0;
  // a backfill that stopped half-way left partial sums: start from nothing
  for (;;) {
    const [gone] = await runCypher<{ n: number }>('WRITE', 'MATCH (x:Tally) WITH x LIMIT 10000 DELETE x RETURN count(*) AS n');
    if (!gone || Number(gone.n) === 0) break;
  }
  let after = '';
  let articles = 0;
  for (;;) {
    const rows = await readRows<{ id: string }>('read/articles-with-statements', { after, limit: BATCH });
    if (rows.length === 0) break;
    await writeRows('write/tallies', { ids: rows.map((r) => r.id), sign: 1 });
    articles += rows.length;
    after = rows.at(-1)!.id;
  }
  await runCypher('WRITE', 'MERGE (m:DyadMeta {key: $key}) SET m.at = datetime()', { key: MARK });
  return articles;
}
