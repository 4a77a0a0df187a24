// Arabic: "المستشار" as a rank before a name and as the chancellor before a state; a name set off by a comma
// before its title; the home state of a title written without its state. The sentences are written for these
// tests; the people in them are fictional unless a gazetteer official is meant.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('Arabic "المستشار": a rank before a name, the chancellor before a state', () => {
  it('when "وصرح المستشار X، المتحدث الرسمي باسم وزارة الخارجية" opens a report, then X is the spokesman of the home state, not a head of government', () => {
    const r = extract(
      'أجرى وزير الخارجية المصري سامح شكري اليوم اتصالا هاتفيا مع وزير خارجية سلطنة عمان.\n' +
        'وصرح المستشار كريم فؤاد، المتحدث الرسمي باسم وزارة الخارجية، بأن الوزيرين أكدا دعم التعاون بين البلدين.',
      { language: 'ar' },
    );
    const person = r.officials.find((o) => o.name === 'كريم فؤاد');
    expect(person).toMatchObject({ country: 'EG' });
    expect(person?.titles).not.toContain('head of government');
    const s = r.statements.find((x) => x.text.includes('أكدا دعم'));
    expect(s?.speaker).toBe(person?.id);
  });

  it('when "المستشار الألماني" names the chancellor, then he is still the head of government of Germany', () => {
    const r = extract('وقال المستشار الألماني أولاف شولتس إن بلاده تدعم الحوار مع فرنسا.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speaker: 'olaf-scholz', speakerCountry: 'DE' });
    expect(r.officials.find((o) => o.id === 'olaf-scholz')?.titles).toContain('head of government');
  });
});

describe('Arabic titles that name both sides', () => {
  it('when "الوزيران" is followed by a verb, then the verb is not read as a person\'s name', () => {
    const r = extract('وقال المتحدث باسم الخارجية المصرية إن الوزيرين استعرضا مجمل العلاقات بين مصر وعمان.', { language: 'ar' });
    expect(r.officials.map((o) => o.name).join(' ')).not.toContain('استعرضا');
  });
});

describe('Arabic names holding "علي" and "الله"', () => {
  const r = extract(
    'أدانت وزارة الخارجية وشؤون المغتربين الهجوم على السفارة في العاصمة الليبية.\n' +
      'وأكد الناطق الرسمي باسم الوزارة السفير نصر الله علي الحمدان رفض المملكة لهذا الاعتداء.\n' +
      'وأعرب الحمدان عن التضامن مع الشعب الشقيق.',
    { language: 'ar' },
  );
  it('when the name holds "علي" (not the preposition على) and a compound with "الله", then the whole name is read', () => {
    expect(r.officials.map((o) => o.name)).toContain('نصر الله علي الحمدان');
  });
  it('when "وزارة الخارجية وشؤون المغتربين" speaks, then Jordan speaks, and its spokesman serves Jordan', () => {
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'JO', kind: 'oppose' });
    expect(r.officials.find((o) => o.name === 'نصر الله علي الحمدان')).toMatchObject({ country: 'JO' });
  });
  it('when the spokesman is named later by his family name, then that sentence is his', () => {
    const person = r.officials.find((o) => o.name === 'نصر الله علي الحمدان');
    expect(r.statements.find((s) => s.text.includes('التضامن'))?.speaker).toBe(person?.id);
  });
  it('when "علي" is followed by a word without the article, then it stays the preposition', () => {
    const q = extract('وقال المتحدث باسم الخارجية المصرية أحمد حسن علي ضرورة وقف التصعيد في ليبيا.', { language: 'ar' });
    expect(q.officials.map((o) => o.name)).toContain('أحمد حسن');
  });
});

describe('Arabic officials attending a meeting, named once', () => {
  const r = extract(
    'استقبل وزير الخارجية المصري سامح شكري اليوم في القاهرة وزير خارجية كينيا.\n' +
      'حضر الاستقبال مساعد وزير الخارجية المهندس حازم رشدي الفقي، ووكيل الوزارة للشؤون الأفريقية الدكتور مراد فهمي البنا.',
    { language: 'ar' },
  );
  it('when an honorific stands before the name of an attendee, then he is listed though he does not speak', () => {
    expect(r.officials.map((o) => o.name)).toContain('حازم رشدي الفقي');
  });
  it('when "وكيل الوزارة للشؤون ..." titles an attendee, then the portfolio is skipped and the name is read', () => {
    expect(r.officials.find((o) => o.name === 'مراد فهمي البنا')?.titles).toEqual(['deputy foreign minister']);
  });
});

describe('Arabic envoys and spokesmen named in other orders', () => {
  it('when "سفيرة X لدى <capital> NAME وأعربت" names a summoned envoy, then the host capital is skipped and the name stops before the verb', () => {
    const r = extract('استدعت وزارة الخارجية الروسية اليوم سفيرة النرويج لدى موسكو إنغريد هولم وأعربت لها عن احتجاجها الشديد.', { language: 'ar' });
    expect(r.officials.find((o) => o.name === 'إنغريد هولم')).toMatchObject({ country: 'NO' });
    expect(r.events[0]?.participants).toContain(r.officials.find((o) => o.name === 'إنغريد هولم')?.id);
  });
  it('when "استدعت X السفير الإيراني" puts the name before the title, then the envoy is read', () => {
    const r = extract('وقالت وزارة الخارجية الكويتية إنها استدعت كريم رضا نوري السفير الإيراني لدى الدولة وسلمته مذكرة احتجاج.', { language: 'ar' });
    expect(r.officials.find((o) => o.name === 'كريم رضا نوري')).toMatchObject({ country: 'IR' });
  });
  it('when the name stands between commas after the title, then the spokesman speaks', () => {
    const r = extract('وقال المتحدث باسم الرئاسة المصرية، هشام كامل الشريف، إن مصر تدعم الحوار مع قطر.', { language: 'ar' });
    const person = r.officials.find((o) => o.name === 'هشام كامل الشريف');
    expect(person).toMatchObject({ country: 'EG' });
    expect(r.statements[0]?.speaker).toBe(person?.id);
  });
});

describe('Arabic titles after a clitic', () => {
  it('when "مذكرة احتجاج خطية وشفوية للسفير الأميركي" follows a summons, then no name is read before "للسفير"', () => {
    const r = extract('استدعت الخارجية التركية اليوم السفير الأميركي في أنقرة وقدمت مذكرة احتجاج خطية وشفوية للسفير الأميركي.', { language: 'ar' });
    expect(r.officials.map((o) => o.name).join(' ')).not.toContain('خطية');
  });
});
