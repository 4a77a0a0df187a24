// One event per real event, also for reports that cannot date it alone. An article without a publication
// date that says "today (Monday)" has no date; one that gives no date in its text is dated by its
// publication day only, which is often a day late. Another report of the same event may know better: in
// the same run of `extract`, in the same ingest batch, or already in the graph.
//
// A report is another report of a dated event when they agree on the type, on the states (the states of
// one are among the other's, at least two in common: one report adds a third country it discusses), on the
// people (the participants of one are among the other's; one may name no one) and on the weekday or the
// day of the month the report gives; and when exactly one dated event agrees. Otherwise the report keeps
// its own event.
import type { ExtractedEvent, Extraction } from '../../domain.ts';

const DAY = 86_400_000;
/** How far before its publication day a report dated by that day alone may place its event. */
const PUBLISHED_LAG_DAYS = 3;

const within = (small: string[], large: string[]) => small.every((x) => large.includes(x));

/** ISO weekday (1 = Monday) of a YYYY-MM-DD day. */
export const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Whether `report` (undated, or dated by its publication day) can be the dated event `dated`. */
export function reportsEvent(report: ExtractedEvent, dated: ExtractedEvent): boolean {
  if (dated.date === null || dated.type !== report.type) return false;
  const [fewer, more] = report.countries.length <= dated.countries.length ? [report.countries, dated.countries] : [dated.countries, report.countries];
  if (fewer.length < 2 || !within(fewer, more)) return false;
  // the people: those of one report are among the other's (a report that names no one agrees with any)
  const [named, others] = report.participants.length <= dated.participants.length ? [report.participants, dated.participants] : [dated.participants, report.participants];
  if (!within(named, others)) return false;
  if (report.weekday !== undefined && isoWeekday(dated.date) !== report.weekday) return false;
  if (report.monthDay !== undefined && Number(dated.date.slice(8, 10)) !== report.monthDay) return false;
  if (report.date !== null) {
    // dated by publication alone: only a text-dated event a few days before that day can be it
    if (dated.dateBasis === 'published') return false;
    const lag = (Date.parse(report.date) - Date.parse(dated.date)) / DAY;
    if (lag < 0 || lag > PUBLISHED_LAG_DAYS) return false;
  }
  return true;
}

/** A report whose date another report may fix: undated, or dated only by its publication day. */
export const isWeaklyDated = (e: ExtractedEvent) => (e.date === null || e.dateBasis === 'published') && e.countries.length >= 2;

/** The one dated event among `dated` that `report` reports, or null when none or several agree. */
export function findDatedEvent(report: ExtractedEvent, dated: Iterable<ExtractedEvent>): ExtractedEvent | null {
  let hit: ExtractedEvent | null = null;
  for (const d of dated) {
    if (d.id === report.id || d.id === hit?.id || !reportsEvent(report, d)) continue;
    if (hit) return null;
    hit = d;
  }
  return hit;
}

export interface DatedMatch { id: string; date: string; basis: 'text' | 'published' }

/** The extraction with its events (by id) replaced by the dated events `found` maps them to. */
export function withEventsDated(extraction: Extraction, found: ReadonlyMap<string, DatedMatch>): Extraction {
  if (!extraction.events.some((e) => found.has(e.id))) return extraction;
  return {
    ...extraction,
    events: extraction.events.map((e) => {
      const hit = found.get(e.id);
      if (!hit) return e;
      const { weekday: _given, monthDay: _day, ...rest } = e;
      return { ...rest, id: hit.id, date: hit.date, dateBasis: hit.basis };
    }),
  };
}

/**
 * Dates the weakly dated events of a set of extractions from the other reports among them (the pure,
 * in-memory half of what the graph writer also does against the stored graph). Reports dated by their
 * publication day go first, so that an undated report then finds one event, not two dates of it.
 * `known` are dated events of reports already handed on (they can date others but are not changed).
 */
export function dateFromEachOther(extractions: Extraction[], known: readonly ExtractedEvent[] = []): Extraction[] {
  let out = extractions;
  for (const pass of [(e: ExtractedEvent) => e.date !== null, (e: ExtractedEvent) => e.date === null]) {
    const dated = [...known, ...out.flatMap((x) => x.events.filter((e) => e.date !== null))];
    const found = new Map<string, DatedMatch>();
    for (const x of out) {
      for (const e of x.events.filter((e) => isWeaklyDated(e) && pass(e))) {
        const hit = findDatedEvent(e, dated);
        if (hit) found.set(e.id, { id: hit.id, date: hit.date!, basis: hit.dateBasis ?? 'text' });
      }
    }
    if (found.size) out = out.map((x) => withEventsDated(x, found));
  }
  return out;
}
