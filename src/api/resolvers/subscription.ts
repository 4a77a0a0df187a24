// statementAdded: the ingest mutations publish statement ids; each subscriber loads the new statement and keeps
// it when it matches the subscriber's filter (checked in memory, like the Cypher filter does).
import type { Context } from '../context.ts';
import * as repo from '../../db/repositories/index.ts';
import type { StatementQuery, StatementRow } from '../../db/repositories/index.ts';
import { statementQuery, type StatementFilterInput } from '../inputs.ts';

export function matchesStatement(q: StatementQuery, s: StatementRow): boolean {
  const date = s.date ?? '';
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const text = s.text.toLowerCase();
  return (
    (!q.event || s.eventId === q.event) &&
    (!q.speaker || s.speakerId === q.speaker) &&
    (!q.speakerCountry || s.speakerCountry === q.speakerCountry) &&
    (!q.target || s.targets.includes(q.target)) &&
    (!q.between ||
      q.between.some((a, i) => s.speakerCountry === a && s.targets.includes(q.between?.[1 - i] ?? ''))) &&
    (!q.topic || s.topics.some((t) => t === q.topic || t.startsWith(`${q.topic}.`))) &&
    (!q.kind || s.kind === q.kind) &&
    (!q.language || s.language === q.language) &&
    (!q.from || (date !== '' && date >= q.from)) &&
    (!q.to || (date !== '' && date <= q.to)) &&
    words.every((w) => text.includes(w))
  );
}

export const Subscription = {
  statementAdded: {
    subscribe: async function* (_: unknown, args: { filter?: StatementFilterInput | null }, ctx: Context) {
      const query = await statementQuery(args.filter, ctx);
      for await (const id of ctx.pubsub.subscribe('statementAdded')) {
        const [row] = await repo.statementsByIds([id]);
        // A long-lived subscription must not serve nested fields from a cache filled hours ago.
        ctx.loaders.clearAll();
        if (row && matchesStatement(query, row)) yield row;
      }
    },
    resolve: (row: StatementRow) => row,
  },
};
