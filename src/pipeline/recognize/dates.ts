// Date expressions: "16 November 2020", "November 16, 2020", "16 ноября", "1er décembre", ISO and numeric
// dates, the language's extra patterns (a pattern with a day alone, zh "24日", ar "16 الجاري", is a day of
// the current month), weekdays ("on Monday", "周一") and relative days ("today"). Digits may be ASCII,
// full-width (１６) or Arabic-Indic/Persian (١٦, ۱۶). They are resolved against publishedAt in the
// resolve stage; a date written without its year also carries `textYear`, the year the article's own
// full dates give it, for articles that come without publishedAt.
import type { Lexicon } from '../../lexicon/index.ts';
import type { Token } from './match.ts';

export type DateMention =
  | { start: number; end: number; kind: 'absolute'; year: number | null; month: number; day: number | null; textYear?: number }
  | { start: number; end: number; kind: 'weekday'; day: number }
  | { start: number; end: number; kind: 'relative'; offset: number }
  /** A day of the month with neither month nor year ("王毅24日在北京", "يوم 16 الجاري"). */
  | { start: number; end: number; kind: 'monthday'; day: number };

type Absolute = Extract<DateMention, { kind: 'absolute' }>;

const DAY_BEFORE = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?\s+(?:\p{L}{1,3}\s+)?$/u;
const DAY_AFTER = /^\s*(?:\p{L}{1,3}\s+)?(\d{1,2})(?:st|nd|rd|th)?(?!\d)/u;
const YEAR_AFTER = /^[\s,.)）]*(?:\p{L}{1,3}\s+)?((?:19|20)\d{2})(?!\d)/u;

/** The zero of each decimal digit block read besides ASCII: full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai. */
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
const OTHER_DIGITS = /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/g;

/** The text with every decimal digit written as ASCII; one UTF-16 unit each, so offsets are unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (c) => {
    const code = c.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) as number;
    return String(code - zero);
  });
}

const CJK_DIGITS = '〇一二三四五六七八九';
const CJK_DATE = /(?:(?<y>[〇零一二三四五六七八九]{4})\s*年\s*)?(?<m>十[一二]?|[一二三四五六七八九])\s*月\s*(?<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)\s*[日号]/gu;

/** 一 … 九, 十, 十六, 二十四, 廿四, 卅一 as a number (0 when it is none of these). */
function cjkNumber(s: string): number {
  const v = (c: string | undefined) => (c ? CJK_DIGITS.indexOf(c) : -1);
  const t = s.replace(/^廿/, '二十').replace(/^卅/, '三十');
  const ten = t.indexOf('十');
  if (ten < 0) return t.length === 1 ? Math.max(0, v(t)) : 0;
  const tens = ten === 0 ? 1 : v(t[0]);
  const ones = t.length > ten + 1 ? v(t[ten + 1]) : 0;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : 0;
}

export function findDates(text: string, tokens: Token[], lex: Lexicon): DateMention[] {
  const digits = asciiDigits(text);
  const out: DateMention[] = [];
  for (const t of tokens) {
    for (const s of t.senses) {
      if (s.type === 'weekday') out.push({ start: t.start, end: t.end, kind: 'weekday', day: s.day });
      else if (s.type === 'relative') out.push({ start: t.start, end: t.end, kind: 'relative', offset: s.offset });
      else if (s.type === 'month') {
        // the window starts after a space so that it never cuts a number ("2020 and Sep 3" is not day 20)
        const from = Math.max(0, t.start - 12);
        const left = from > 0 && /\d/.test(digits[from - 1] ?? '') ? digits.slice(from, t.start).replace(/^\d+/, (n) => ' '.repeat(n.length)) : digits.slice(from, t.start);
        const right = digits.slice(t.end, t.end + 16);
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
  for (const m of digits.matchAll(/(?<!\d)((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?![\d-])/g)) {
    // ISO day (2020-11-16) or ISO month (2020-11, a page's "date 2020-11")
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', year: Number(m[1]), month, day: m[3] ? Number(m[3]) : null });
  }
  for (const m of digits.matchAll(/(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?![\d/])/g)) {
    // day first (16/11/2020), unless the second number cannot be a month (7/17/2021)
    let d = Number(m[1]);
    let mo = Number(m[2]);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', year: Number(m[3]), month: mo, day: d });
  }
  for (const re of lex.datePatterns) {
    re.lastIndex = 0;
    for (const m of digits.matchAll(re)) {
      const g = m.groups ?? {};
      const day = g['d'] ? Number(g['d']) : null;
      if (g['m'] === undefined) {
        // a day alone: the day of the current month
        if (day !== null && day >= 1 && day <= 31) out.push({ start: m.index, end: m.index + m[0].length, kind: 'monthday', day });
        continue;
      }
      const month = Number(g['m']);
      if (!(month >= 1 && month <= 12)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', year: g['y'] ? Number(g['y']) : null, month, day });
    }
  }
  for (const m of text.matchAll(CJK_DATE)) {
    // 二〇二三年三月二十六日, 十一月十六日: Chinese/Japanese numerals (the numeral system, not a language's words)
    const g = m.groups ?? {};
    const year = g['y'] ? Number([...g['y'].replace(/零/g, '〇')].map((c) => CJK_DIGITS.indexOf(c)).join('')) : null;
    const month = cjkNumber(g['m'] ?? '');
    const day = cjkNumber(g['d'] ?? '');
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && (year === null || year >= 1900)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', year, month, day });
  }
  const solar = solarHijriMonths(lex);
  if (solar) {
    for (const m of digits.matchAll(solar.re)) {
      // "۲۵ آبان ۱۳۹۹": a Solar Hijri date with its year, converted to the Gregorian day
      const month = solar.month.get(normalizeMonth([...(m[2] ?? '')].map((c) => lex.rules.map.get(c) ?? c).join(''))) ?? 0;
      const g = gregorianOfSolarHijri(Number(m[3]), month, Number(m[1]));
      if (g) out.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', ...g });
    }
  }
  const dates = joinMonthNames(dedupe(out.sort((a, b) => a.start - b.start || b.end - a.end)), digits);
  yearsFromText(dates);
  return dates;
}

/** Two readings of the same span (a language pattern and the generic reader): keep the wider, then the fuller. */
function dedupe(sorted: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of sorted) {
    const prev = out[out.length - 1];
    if (prev && d.start >= prev.start && d.end <= prev.end && prev.kind !== 'weekday' && prev.kind !== 'relative' && d.kind !== 'weekday' && d.kind !== 'relative') continue;
    out.push(d);
  }
  return out;
}

const normalizeMonth = (s: string) => s.replace(/[\s\u200c]+/g, ' ').trim();
const solarCache = new WeakMap<Lexicon, { re: RegExp; month: Map<string, number> } | null>();

/** The language's `dates.solarHijriMonths` (twelve lists, Farvardin first) as one regular expression. */
function solarHijriMonths(lex: Lexicon): { re: RegExp; month: Map<string, number> } | null {
  if (solarCache.has(lex)) return solarCache.get(lex) ?? null;
  const lists = (lex.data.dates as { solarHijriMonths?: unknown } | undefined)?.solarHijriMonths;
  let found: { re: RegExp; month: Map<string, number> } | null = null;
  if (Array.isArray(lists) && lists.length === 12) {
    const fold = (t: string) => normalizeMonth([...t].map((c) => lex.rules.map.get(c) ?? c).join(''));
    const month = new Map<string, number>();
    lists.forEach((list: unknown, i) => { if (Array.isArray(list)) for (const t of list) if (typeof t === 'string' && t.trim()) month.set(fold(t), i + 1); });
    // every spelling the language's normalisation folds together (ي/ی, ك/ک) matches
    const variants = new Map<string, string[]>();
    for (const [from, to] of lex.rules.map) variants.set(to, [...(variants.get(to) ?? [to]), from]);
    const charClass = (c: string) => (c === ' ' ? '[\\s\\u200c]*' : variants.has(c) ? `[${(variants.get(c) as string[]).join('')}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const names = [...month.keys()].sort((a, b) => b.length - a.length).map((t) => [...t].map(charClass).join(''));
    if (names.length) found = { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${names.join('|')})(?!\\p{L})[\\s\\u200c]*(1[34]\\d{2})(?!\\d)`, 'gu'), month };
  }
  solarCache.set(lex, found);
  return found;
}

const PERSIAN_CALENDAR = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

/** The Gregorian day of a Solar Hijri date (Intl's Persian calendar), or null when there is none. */
export function gregorianOfSolarHijri(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const guess = Date.UTC(year + 621, 2, 20) + ((month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1) * 86_400_000;
  for (const delta of [0, -1, 1, -2, 2]) {
    const at = new Date(guess + delta * 86_400_000);
    const parts = Object.fromEntries(PERSIAN_CALENDAR.formatToParts(at).map((p) => [p.type, p.value]));
    if (Number(parts['year']) === year && Number(parts['month']) === month && Number(parts['day']) === day) {
      return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
    }
  }
  return null;
}

/** One month under two names, the year after the second: "16 نوفمبر/تشرين الثاني 2020" is one full date. */
function joinMonthNames(dates: DateMention[], digits: string): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'absolute' && d.kind === 'absolute' && prev.day !== null && prev.year === null && d.day === null
      && d.year !== null && d.month === prev.month && /^\s*[/(（-]?\s*$/.test(digits.slice(prev.end, d.start))) {
      out[out.length - 1] = { ...prev, year: d.year, end: d.end };
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * A date written without its year ("Nov. 16" in a dateline) takes the year that puts it nearest to the
 * article's own dates with a year: the nearest full date in the text, else the nearest month with a year
 * ("2025-05", "mai 2025"). Only used when the article has no publishedAt.
 */
function yearsFromText(dates: DateMention[]): void {
  const full = dates.filter((d): d is Absolute => d.kind === 'absolute' && d.year !== null && d.day !== null);
  const months = dates.filter((d): d is Absolute => d.kind === 'absolute' && d.year !== null && d.day === null);
  for (const d of dates) {
    if (d.kind !== 'absolute' || d.year !== null || d.day === null) continue;
    const anchors = full.length ? full : months;
    const anchor = anchors.reduce<Absolute | null>((best, a) => (!best || Math.abs(a.start - d.start) < Math.abs(best.start - d.start) ? a : best), null);
    if (!anchor || anchor.year === null) continue;
    const at = Date.UTC(anchor.year, anchor.month - 1, anchor.day ?? 15);
    let bestYear = anchor.year;
    for (const y of [anchor.year - 1, anchor.year + 1]) {
      if (Math.abs(Date.UTC(y, d.month - 1, d.day) - at) < Math.abs(Date.UTC(bestYear, d.month - 1, d.day) - at)) bestYear = y;
    }
    d.textYear = bestYear;
  }
}
