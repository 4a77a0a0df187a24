// Date expressions: "16 November 2020", "November 16, 2020", "16 ноября", ISO and numeric dates,
// the language's extra patterns, weekdays ("on Monday", "周一") and relative days ("today").
// They are resolved against publishedAt in the resolve stage.
import type { Lexicon } from '../../lexicon/index.ts';
import type { Token } from './match.ts';

export type DateMention =
  | { start: number; end: number; kind: 'absolute'; year: number | null; month: number; day: number | null }
  | { start: number; end: number; kind: 'weekday'; day: number }
  | { start: number; end: number; kind: 'relative'; offset: number };

const DAY_BEFORE = /(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?\s+(?:\p{L}{1,3}\s+)?$/u;
const DAY_AFTER = /^\s*(?:\p{L}{1,3}\s+)?(\d{1,2})(?:st|nd|rd|th)?(?!\d)/u;
const YEAR_AFTER = /^[\s,.]*(?:\p{L}{1,3}\s+)?((?:19|20)\d{2})(?!\d)/u;

export function findDates(text: string, tokens: Token[], lex: Lexicon): DateMention[] {
  const out: DateMention[] = [];
  for (const t of tokens) {
    for (const s of t.senses) {
      if (s.type === 'weekday') out.push({ start: t.start, end: t.end, kind: 'weekday', day: s.day });
      else if (s.type === 'relative') out.push({ start: t.start, end: t.end, kind: 'relative', offset: s.offset });
      else if (s.type === 'month') {
        const left = text.slice(Math.max(0, t.start - 12), t.start);
        const right = text.slice(t.end, t.end + 16);
        let day: number | null = null;
        let start = t.start;
        let end = t.end;
        const l = DAY_BEFORE.exec(left);
        let rest = right;
        if (l && l[1]) { day = Number(l[1]); start = t.start - (left.length - l.index); }
        else {
          const r = DAY_AFTER.exec(right);
          if (r && r[1]) { day = Number(r[1]); end = t.end + r[0].length; rest = right.slice(r[0].length); }
        }
        const y = YEAR_AFTER.exec(rest);
        let year: number | null = null;
        if (y && y[1]) { year = Number(y[1]); end = t.end + (right.length - rest.length) + y[0].length; }
        if (day !== null && (day < 1 || day > 31)) day = null;
        if (day === null && year === null) continue;
        out.push({ start, end, kind: 'absolute', year, month: s.month + 1, day });
      }
    }
  }
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?![\d/])/g)) {
    // day first (16/11/2020), unless the second number cannot be a month (7/17/2021)
    let d = Number(m[1]);
    let mo = Number(m[2]);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', year: Number(m[3]), month: mo, day: d });
  }
  for (const re of lex.datePatterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const month = Number(g['m']);
      if (!(month >= 1 && month <= 12)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', year: g['y'] ? Number(g['y']) : null, month, day: g['d'] ? Number(g['d']) : null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
