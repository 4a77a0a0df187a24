// User text becomes a Lucene query that matches its words: operators and special characters are escaped, so
// no input can make the full-text index throw.
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

function words(text: string): string[] {
  return text
    .replace(SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w));
}

/** Every word must match (a filter), or any word may (a ranked search); null when no word is left. */
export function luceneQuery(text: string, mode: 'all' | 'any' = 'all'): string | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  return mode === 'all' ? ws.map((w) => `+${w}`).join(' ') : ws.join(' ');
}

/** Every word must match, the last one also as a prefix, for type-ahead name searches. */
export function lucenePrefixQuery(text: string): string | null {
  const ws = words(text);
  const last = ws.pop();
  if (last === undefined) return null;
  return [...ws.map((w) => `+${w}`), `+(${last} ${last}*)`].join(' ');
}
