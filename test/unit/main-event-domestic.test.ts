// The main event when the lead first tells a meeting of one state's own bodies (a cabinet session) and then
// what that state did towards another (it recalled or summoned an envoy): the interaction between the two
// states is what the article is about. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a domestic meeting in the lead gives way to an interaction between two states', () => {
  it('when an Arabic cabinet meets in emergency session and then recalls its ambassador, then the main event is the summons', () => {
    const r = extract(
      'وقال مجلس الوزراء في الحكومة الكينية إن الاتفاق غير مقبول.\n' +
        'وعقد مجلس الوزراء اجتماعا طارئا اليوم الثلاثاء برئاسة رئيس الحكومة.\n' +
        'وأعلنت الحكومة الكينية عن استدعاء سفيرها لدى أوغندا للتشاور.',
      { language: 'ar', publishedAt: '2024-05-07' },
    );
    expect(r.events[0]).toMatchObject({ type: 'summons', date: '2024-05-07' });
    expect(r.events[0]?.countries).toEqual(['KE', 'UG']);
  });

  it('when an English cabinet holds an emergency meeting and then the government summons an envoy, then the main event is the summons', () => {
    const r = extract(
      'The Kenyan cabinet said the deal was unacceptable. The cabinet held an emergency meeting on Tuesday chaired by the president. ' +
        'The government of Kenya then summoned the ambassador of Uganda.',
      { language: 'en', publishedAt: '2024-05-07' },
    );
    expect(r.events[0]?.type).toBe('summons');
  });

  it('when the meeting is between two states, then it stays the main event', () => {
    const r = extract(
      'التقى وزير الخارجية الكيني اليوم نظيره الأوغندي في نيروبي بحضور مجلس الوزراء.\n' +
        'وكانت الحكومة الكينية قد استدعت سفير أوغندا الشهر الماضي.',
      { language: 'ar', publishedAt: '2024-05-07' },
    );
    expect(r.events[0]?.type).toBe('meeting');
  });

  it('when no interaction between two states follows the cabinet meeting, then the meeting stays the main event', () => {
    const r = extract(
      'وقال مجلس الوزراء في الحكومة الكينية إن الميزانية الجديدة ستقر قريبا.\n' +
        'وعقد مجلس الوزراء اجتماعا طارئا اليوم الثلاثاء برئاسة رئيس الحكومة.',
      { language: 'ar', publishedAt: '2024-05-07' },
    );
    expect(r.events[0]?.type).toBe('meeting');
  });
});
