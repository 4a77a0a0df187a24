// A fingerprint of everything some articles produced in the graph: two runs that leave the same
// fingerprint left the same graph behind for those articles.
import { runCypher } from '../../src/db/run.ts';

export async function fingerprint(articleIds: string[]): Promise<Record<string, unknown>> {
  const [row] = await runCypher<Record<string, unknown>>(
    'READ',
    `MATCH (a:Article) WHERE a.id IN $ids
     CALL (a) {
       OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
       OPTIONAL MATCH (s)-[:MADE_BY]->(o:Official)
       OPTIONAL MATCH (s)-[:DURING]->(e:Event)
       WITH s, o, e ORDER BY s.start
       RETURN collect(s.id + '|' + s.kind + '|' + coalesce(o.id, '-') + '|' + coalesce(e.id, '-')) AS statements
     }
     CALL (a) {
       OPTIONAL MATCH (e:Event)-[r:REPORTED_IN]->(a)
       WITH e ORDER BY e.id
       RETURN collect(e.id) AS events
     }
     WITH a, statements, events ORDER BY a.id
     RETURN count(a) AS articles, collect(a.id + ':' + a.contentHash) AS hashes,
            collect(statements) AS statements, collect(events) AS events`,
    { ids: articleIds },
  );
  return row ?? {};
}

export async function countWhere(query: string, params: Record<string, unknown>): Promise<number> {
  const rows = await runCypher<{ n: number }>('READ', query, params);
  return rows[0]?.n ?? 0;
}
