import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/pipeline/resolve/dates.ts';
import { extract } from './helpers.ts';

describe('resolve', () => {
  const wednesday = new Date(Date.UTC(2024, 2, 13));

  it('when a weekday is named, then it resolves to the most recent such day on or before publication', () => {
    expect(resolveDate({ start: 0, end: 1, kind: 'weekday', day: 0 }, wednesday)).toBe('2024-03-11');
    expect(resolveDate({ start: 0, end: 1, kind: 'weekday', day: 2 }, wednesday)).toBe('2024-03-13');
    expect(resolveDate({ start: 0, end: 1, kind: 'relative', offset: -1 }, wednesday)).toBe('2024-03-12');
  });

  it('when a date has no year, then the year comes from publication and never lands far in the future', () => {
    expect(resolveDate({ start: 0, end: 1, kind: 'absolute', year: null, month: 12, day: 30 }, new Date(Date.UTC(2024, 0, 2)))).toBe('2023-12-30');
  });

  it('when the same call is reported in Arabic and English, then both get the same event id, type and date', () => {
    const en = extract('Chinese Foreign Minister Wang Yi held a phone call on Monday with Kyrgyz Foreign Minister Aibek Tolonov. Wang said China supports Kyrgyzstan.', { language: 'en' });
    const ar = extract('أجرى وزير الخارجية الصيني وانغ يي اليوم (الاثنين) اتصالا هاتفيا مع نظيره القيرغيزي أيبك تولونوف. وقال وانغ إن الصين تدعم قيرغيزستان.', { language: 'ar', publishedAt: '2024-03-11' });
    expect(en.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(ar.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(ar.events[0]?.id).toBe(en.events[0]?.id);
  });

  it('when two different events are reported, then their ids differ', () => {
    const call = extract('Spain and Israel: Spanish Foreign Minister Eva Marin held a phone call with Israel on Monday.', { language: 'en' });
    const summons = extract('Spain summoned the Israeli ambassador on Monday, the Spanish foreign ministry said.', { language: 'en' });
    expect(call.events[0]?.id).not.toBe(summons.events[0]?.id);
  });
});
