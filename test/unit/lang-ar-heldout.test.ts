// Arabic forms met in real reports and missing from the language data: the title "رئيس وزراء" before a state,
// plural signing verbs and nouns, plural participles, the formula "سبل دعمها", "المرفوض", retaliation measures,
// and prepositions that end a name. The sentences are written for these tests; the people are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('Arabic forms of real reports', () => {
  it('when "رئيس وزراء كينيا" (no article) precedes a name, then the person is a Kenyan head of government', () => {
    const r = extract('وقال رئيس وزراء كينيا جون موانغي إن بلاده ترفض الاتفاق بشكل قاطع.', { language: 'ar' });
    const st = r.statements.find((s) => s.text.includes('ترفض الاتفاق'));
    expect(st?.speakerCountry).toBe('KE');
    const who = r.officials.find((o) => o.id === st?.speaker);
    expect(who?.name).toBe('جون موانغي');
    expect(who?.titles).toContain('head of government');
  });

  it('when two states "توقعان اتفاقيات" (sign agreements), then the main event is an agreement', () => {
    const r = extract('أعلنت الرئاسة الكينية أن كينيا وأوغندا وقعتا 3 مذكرات تفاهم في نيروبي أمس.', {
      language: 'ar',
      title: 'كينيا وأوغندا توقعان اتفاقيات لتعزيز التعاون',
    });
    expect(r.events[0]?.type).toBe('agreement');
  });

  it('when a plural participle ("مؤكدين") follows, then it opens its own clause of the same speaker', () => {
    const r = extract('وقالت الخارجية الكينية إن الوزيرين بحثا الأوضاع الإقليمية، مؤكدين ضرورة العمل المشترك لمنع التصعيد في المنطقة.', { language: 'ar' });
    const st = r.statements.find((s) => s.text.includes('ضرورة العمل المشترك'));
    expect(st).toMatchObject({ speakerCountry: 'KE', kind: 'urge' });
    expect(st?.text.startsWith('مؤكدين')).toBe(true);
    expect(st?.topics).toContain('conflict');
  });

  it('when a message concerns relations "وسبل دعمها وتعزيزها", then no one is said to support anything', () => {
    const r = extract('تلقى الرئيس الكيني رسالة خطية من رئيس وزراء أوغندا تتصل بالعلاقات الثنائية وسبل دعمها وتعزيزها في مختلف المجالات.', { language: 'ar' });
    expect(r.statements.filter((s) => s.kind === 'support')).toEqual([]);
  });

  it('when a ministry calls a statement "المرفوض" and warns of "إجراءات جوابية", then it opposes, then threatens', () => {
    const r = extract('ووصفت الخارجية الكينية البيان الأوغندي بـ «المرفوض»، محذرة من إجراءات جوابية في حال تكراره.', { language: 'ar' });
    expect(r.statements.find((s) => s.text.includes('المرفوض'))?.kind).toBe('oppose');
    expect(r.statements.find((s) => s.text.includes('إجراءات جوابية'))?.kind).toBe('threaten');
  });

  it('when "بسبب" follows an envoy\'s title, then it is not read as his name', () => {
    const r = extract('وقالت الخارجية الكينية إنها سلمت مذكرة احتجاج للسفير الأوغندي بسبب السلوك العدواني لحراس السفارة.', { language: 'ar' });
    expect(r.officials.some((o) => o.name.includes('بسبب'))).toBe(false);
  });
});
