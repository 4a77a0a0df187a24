// The query string of /export/statements.* read as a StatementFilter: the same fields as GraphQL's, checked the
// same way (codes exist, dates are dates, text has a word), so an export and a `statements` query agree. A
// parameter the export does not know is refused too: a typo must not silently widen a download.
import { DyadError } from '../errors.ts';
import { countriesByCodes, type StatementOrder, type StatementQuery } from '../db/repositories/index.ts';
import { luceneQuery } from '../db/repositories/lucene.ts';
import { KINDS, TOPICS } from '../taxonomy/index.ts';

export const EXPORT_PARAMS = ['speaker', 'speakerCountry', 'target', 'between', 'topic', 'kind', 'language', 'from', 'to', 'text', 'order'] as const;

export interface ExportRequest {
  query: StatementQuery;
  order: StatementOrder;
}

const pair = (a: string, b: string): readonly [string, string] => (a < b ? [a, b] : [b, a]);

const bad = (message: string) => new DyadError('BAD_USER_INPUT', message);

function checkDate(name: string, value: string | null): string | null {
  if (value === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw bad(`${name} must be a date written YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

/** Reads and checks the export's parameters; throws a BAD_USER_INPUT DyadError that names the first problem. */
export async function parseExportParams(params: URLSearchParams): Promise<ExportRequest> {
  const known = new Set<string>(EXPORT_PARAMS);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) throw bad(`unknown parameter "${key}"; the export takes ${EXPORT_PARAMS.join(', ')}`);
    if (params.getAll(key).length > 1) throw bad(`parameter "${key}" is given more than once`);
  }
  const get = (name: string): string | null => {
    const value = params.get(name);
    if (value === null) return null;
    const trimmed = value.trim();
    if (trimmed === '') throw bad(`parameter "${name}" is empty; leave it out to not filter on it`);
    return trimmed;
  };

  const kind = get('kind');
  if (kind !== null && !KINDS.some((k) => k.id === kind)) throw bad(`unknown kind "${kind}"; kinds are ${KINDS.map((k) => k.id).join(', ')}`);
  const topic = get('topic');
  if (topic !== null && !TOPICS.some((t) => t.id === topic)) throw bad(`unknown topic "${topic}" (topic ids look like health.covid19)`);
  const language = get('language')?.toLowerCase() ?? null;
  if (language !== null && !/^[a-z]{2,3}$/.test(language)) throw bad(`language must be an ISO 639-1 code such as ar or zh, not "${language}"`);
  const from = checkDate('from', get('from'));
  const to = checkDate('to', get('to'));
  if (from !== null && to !== null && from > to) throw bad('from must not be after to');
  const text = get('text');
  if (text !== null && luceneQuery(text) === null) throw bad('text must contain at least one word');
  const order = get('order') ?? 'DATE_DESC';
  if (order !== 'DATE_DESC' && order !== 'DATE_ASC') throw bad('order is DATE_DESC (newest first, the default) or DATE_ASC');

  const between = get('between')?.split(',').map((c) => c.trim().toUpperCase()) ?? null;
  if (between !== null && (between.length !== 2 || between[0] === between[1] || between.some((c) => c === ''))) {
    throw bad('between takes two different country codes separated by a comma, such as CN,KG');
  }
  const speakerCountry = get('speakerCountry')?.toUpperCase() ?? null;
  const target = get('target')?.toUpperCase() ?? null;
  const codes = [...new Set([speakerCountry, target, ...(between ?? [])].filter((c): c is string => c !== null))];
  const found = await countriesByCodes(codes);
  const missing = codes.filter((_, i) => found[i] === null);
  if (missing.length > 0) throw bad(`unknown country code${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`);

  return {
    order,
    query: {
      speaker: get('speaker'),
      speakerCountry,
      target,
      between: between === null ? null : pair(between[0]!, between[1]!),
      topic,
      kind,
      language,
      from,
      to,
      text,
    },
  };
}
