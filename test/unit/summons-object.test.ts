// Who a summons calls in is its object, never the speaker: the envoy after the summons verb, and, in a
// verb-first language (Arabic), every actor after the verb's subject. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('the envoy a state summons does not speak', () => {
  it('when the Kenyan ministry summons the Ugandan ambassador and protests to him, then Kenya protests', () => {
    const r = extract('استدعت وزارة الخارجية الكينية اليوم سفير أوغندا لدى نيروبي وأعربت له عن احتجاجها الشديد على التصريحات.', { language: 'ar' });
    const st = r.statements.find((s) => s.text.includes('احتجاجها الشديد'));
    expect(st).toMatchObject({ speakerCountry: 'KE', kind: 'oppose' });
  });

  it('when a state named right after the verb summons an envoy, then that state is the speaker', () => {
    const r = extract('استدعت كينيا سفير أوغندا في نيروبي، وسلمته مذكرة احتجاج على التدخل في شؤونها، كما أبلغته رفضها للاعتداءات على سفارتها.', { language: 'ar' });
    expect(r.statements.length).toBeGreaterThan(0);
    for (const s of r.statements) expect(s.speakerCountry).toBe('KE');
  });

  it('when the ministry summons the chargé of another state\'s embassy, then the embassy does not speak', () => {
    const r = extract('استدعت وزارة الخارجية الكينية أمس، القائم بأعمال السفارة الأوغندية في نيروبي، وسلمته رسالة احتجاج على ما وصفته بالتجاوزات.', { language: 'ar' });
    const st = r.statements.find((s) => s.text.includes('رسالة احتجاج'));
    expect(st?.speakerCountry).toBe('KE');
  });
});
