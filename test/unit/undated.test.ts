import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, Extraction } from '../../src/domain.ts';
import { dateFromEachOther, isoWeekday } from '../../src/pipeline/resolve/undated.ts';

const event = (over: Partial<ExtractedEvent>): ExtractedEvent => ({
  id: 'ev', type: 'phone_call', date: null, participants: ['off-a', 'off-b'], countries: ['AA', 'BB'], ...over,
});
const report = (id: string, ...events: ExtractedEvent[]): Extraction => ({
  article: { id, language: 'en', publishedAt: null, title: null, url: null },
  countries: [], officials: [], topics: [], events, statements: [],
});
const mainOf = (xs: Extraction[], id: string) => xs.find((x) => x.article.id === id)!.events[0]!;

describe('reports that cannot date their event alone', () => {
  const dated = event({ id: 'call-0310', date: '2025-03-10', dateBasis: 'text' }); // a Monday

  it('when an undated report of a call names the same people and states as one dated report, then it takes that event and date', () => {
    const out = dateFromEachOther([report('dated', dated), report('undated', event({ id: 'u1', weekday: 1 }))]);
    expect(mainOf(out, 'undated')).toMatchObject({ id: 'call-0310', date: '2025-03-10', dateBasis: 'text' });
    expect(mainOf(out, 'undated').weekday).toBeUndefined();
  });

  it('when the undated report gives another weekday, then it keeps its own undated event', () => {
    const out = dateFromEachOther([report('dated', dated), report('undated', event({ id: 'u1', weekday: 3 }))]);
    expect(mainOf(out, 'undated')).toMatchObject({ id: 'u1', date: null });
  });

  it('when two different dated events could be it, then the report stays undated rather than guess', () => {
    const other = event({ id: 'call-0317', date: '2025-03-17', dateBasis: 'text' });
    const out = dateFromEachOther([report('d1', dated), report('d2', other), report('undated', event({ id: 'u1' }))]);
    expect(mainOf(out, 'undated')).toMatchObject({ id: 'u1', date: null });
  });

  it('when a report adds a third country it discusses, or names no one, then it still joins; another type or another pair does not', () => {
    const measure = event({ id: 'recall', type: 'summons', date: '2025-03-10', dateBasis: 'text', participants: [] });
    const out = dateFromEachOther([
      report('dated', measure),
      report('wider', event({ id: 'u1', type: 'summons', participants: [], countries: ['AA', 'BB', 'CC'] })),
      report('other-type', event({ id: 'u2', type: 'sanction', participants: [] })),
      report('other-pair', event({ id: 'u3', type: 'summons', participants: [], countries: ['AA', 'CC'] })),
    ]);
    expect(mainOf(out, 'wider')).toMatchObject({ id: 'recall', date: '2025-03-10' });
    expect(mainOf(out, 'other-type').date).toBeNull();
    expect(mainOf(out, 'other-pair').date).toBeNull();
  });

  it('when a report is dated only by its publication day, then a text-dated report up to three days earlier fixes its date, and one a week earlier does not', () => {
    const out = dateFromEachOther([
      report('dated', dated),
      report('next-day', event({ id: 'p1', date: '2025-03-11', dateBasis: 'published' })),
      report('week-later', event({ id: 'p2', date: '2025-03-17', dateBasis: 'published' })),
    ]);
    expect(mainOf(out, 'next-day')).toMatchObject({ id: 'call-0310', date: '2025-03-10' });
    expect(mainOf(out, 'week-later')).toMatchObject({ id: 'p2', date: '2025-03-17' });
  });

  it('when an undated report meets a call dated once by text and once by a publication day, then it finds one event, not two', () => {
    const out = dateFromEachOther([
      report('published', event({ id: 'p1', date: '2025-03-11', dateBasis: 'published' })),
      report('dated', dated),
      report('undated', event({ id: 'u1' })),
    ]);
    expect(new Set(out.map((x) => x.events[0]!.id))).toEqual(new Set(['call-0310']));
  });

  it('when the dated report names no one, then an undated report naming the two ministers still joins it; one naming someone else than a dated report does not', () => {
    const nobody = event({ id: 'ties-0326', type: 'agreement', date: '2025-03-26', dateBasis: 'text', participants: [] });
    const out = dateFromEachOther([
      report('dated', nobody),
      report('named', event({ id: 'u1', type: 'agreement' })),
      report('dated-call', dated),
      report('other-people', event({ id: 'u2', participants: ['off-a', 'off-c'] })),
    ]);
    expect(mainOf(out, 'named')).toMatchObject({ id: 'ties-0326', date: '2025-03-26' });
    expect(mainOf(out, 'other-people')).toMatchObject({ id: 'u2', date: null });
  });

  it('when an undated report gives the day of the month alone ("26日"), then it joins a dated report of that day only', () => {
    const out = dateFromEachOther([
      report('dated', dated),
      report('same-day', event({ id: 'u1', monthDay: 10 })),
      report('other-day', event({ id: 'u2', monthDay: 26 })),
    ]);
    expect(mainOf(out, 'same-day')).toMatchObject({ id: 'call-0310', date: '2025-03-10' });
    expect(mainOf(out, 'same-day').monthDay).toBeUndefined();
    expect(mainOf(out, 'other-day')).toMatchObject({ id: 'u2', date: null });
  });

  it('numbers weekdays as ISO 8601 does', () => {
    expect([isoWeekday('2025-03-10'), isoWeekday('2025-03-16')]).toEqual([1, 7]);
  });
});
