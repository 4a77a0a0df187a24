// Resolves date expressions against the publication date: weekdays to the most recent such day
// on or before it (the next one for an event announced as to come), relative days by offset, dates without a year to the nearest past year (without
// publishedAt, to the year the article's own full dates give), a day alone to that day of the month.
import type { DateMention } from '../recognize/index.ts';

export function parsePublished(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) {
    // a feed's RFC 2822 date ("Mon, 16 Nov 2020 10:00:00 GMT"): its UTC day
    const t = Date.parse(publishedAt);
    return Number.isNaN(t) ? null : new Date(Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth(), new Date(t).getUTCDate()));
  }
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * What a news page's address tells of its publication: the day of a dated path ("/2024/07/30/",
 * "/2020-11/20/", "/2020/1117/", "/2024/Jan/02/"), else the year of a path segment that is a year alone
 * ("/…-macron-2/2020/"). Used only for an article without publishedAt. The address's host and query are
 * not read.
 */
export function dateFromUrl(url: string | null | undefined): { day: string | null; year: number | null } | null {
  if (!url) return null;
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)/i.exec(url)?.[1] ?? '';
  const valid = (y: number, m: number, d: number) => {
    const at = new Date(Date.UTC(y, m - 1, d));
    return y >= 1990 && m >= 1 && m <= 12 && at.getUTCMonth() === m - 1 && at.getUTCDate() === d ? isoDay(at) : null;
  };
  const dated = /\/((?:19|20)\d{2})[/-](\d{2}|[a-z]{3})[/-]?(\d{2})(?=[/_.-]|$)/i.exec(path);
  if (dated) {
    const month = /\d/.test(dated[2]!) ? Number(dated[2]) : MONTH_ABBR.indexOf(dated[2]!.toLowerCase()) + 1;
    const day = month > 0 ? valid(Number(dated[1]), month, Number(dated[3])) : null;
    if (day) return { day, year: Number(dated[1]) };
  }
  const year = /\/((?:19|20)\d{2})(?=\/|$)/.exec(path);
  return year ? { day: null, year: Number(year[1]) } : null;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function resolveDate(m: DateMention, published: Date | null, future = false): string | null {
  if (m.kind === 'absolute') {
    if (m.day === null) return null;
    let year = m.year ?? published?.getUTCFullYear() ?? m.textYear ?? null;
    if (year === null) return null;
    let d = new Date(Date.UTC(year, m.month - 1, m.day));
    if (m.year === null && published && d.getTime() - published.getTime() > 7 * 86_400_000) d = new Date(Date.UTC(--year, m.month - 1, m.day));
    return d.getUTCMonth() === m.month - 1 ? isoDay(d) : null;
  }
  if (!published) return null;
  if (m.kind === 'monthday') return monthDay(m.day, published);
  if (m.kind === 'relative') return isoDay(new Date(published.getTime() + m.offset * 86_400_000));
  // weekday: 0 = Monday in the lexicon; getUTCDay: 0 = Sunday
  const today = (published.getUTCDay() + 6) % 7;
  // an event announced as to come ("effectuera une visite vendredi"): the next such day
  if (future) return isoDay(new Date(published.getTime() + ((m.day - today + 7) % 7) * 86_400_000));
  const back = (today - m.day + 7) % 7;
  return isoDay(new Date(published.getTime() - back * 86_400_000));
}

/** "24日", "يوم 16 الجاري": the most recent such day of a month on or before publication. */
function monthDay(day: number, published: Date): string | null {
  for (let back = 0; back < 3; back++) {
    const d = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - back, day));
    if (d.getUTCDate() === day && d.getTime() <= published.getTime()) return isoDay(d);
  }
  return null;
}

/**
 * The event's date from candidates in order of preference (the event sentence's dates nearest its cue,
 * then the top's weekdays and relative days, then its full dates, then the title's). Against the
 * reference day (dateline or publication): never a date after it, and a date within a month before
 * it wins over an older one (an anniversary, "ties established on 5 January 1992"); dates more than
 * a year before it are not the event's. Without a reference, the first date that resolves.
 */
export function pickEventDate(candidates: DateMention[], reference: Date | null, future: DateMention[] = []): string | null {
  const days = candidates.map((d) => resolveDate(d, reference, future.includes(d))).filter((iso): iso is string => !!iso);
  if (!reference) return days[0] ?? null;
  const age = (iso: string) => (reference.getTime() - Date.parse(iso)) / 86_400_000;
  // an event announced as to come: its day within the weeks after the reference
  if (future.length) {
    const coming = future.map((d) => resolveDate(d, reference, true)).find((iso) => !!iso && age(iso) <= 0 && age(iso) >= -45);
    if (coming) return coming;
  }
  return days.find((iso) => age(iso) >= 0 && age(iso) <= 31) ?? days.find((iso) => age(iso) >= 0 && age(iso) <= 366) ?? null;
}
