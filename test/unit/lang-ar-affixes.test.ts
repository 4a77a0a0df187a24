// Arabic: which clitics and endings a kind of term may take, names before titles, envoys' host states,
// who summons for a government, and the kinds of short statements a reader expects. The sentences are
// written for these tests; the people in them are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('Arabic words that only look like a reporting verb or a title with an ending', () => {
  it('when "الذكرى" (ذكر + ى), "المضيفة" and "في إشارة" follow a statement, then they report nothing new', () => {
    const r = extract(
      'قال وزير الخارجية المصري إن بلاده تدعم الحل السياسي.\n' +
        'وأقيم حفل في الدولة المضيفة بمناسبة الذكرى الثلاثين للعلاقات، في إشارة إلى تصفية الخلافات القديمة.',
      { language: 'ar' },
    );
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'EG', kind: 'support' });
  });

  it('when "الدور الرئيسي" (main) stands in a statement, then no head of state is read into it', () => {
    const r = extract('وقال وزير الخارجية الأردني إن للأمم المتحدة الدور الرئيسي في حل الأزمة.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'JO' });
    expect(r.officials.flatMap((o) => o.titles)).not.toContain('head of state');
  });

  it('when "تزامنا مع" (coinciding with) follows a recognition, then it is no commitment', () => {
    const r = extract('وأعلن الرئيس الفرنسي عن اعتراف بلاده بالدولة الجديدة تزامنا مع الذكرى السنوية للاستقلال.', { language: 'ar' });
    expect(r.statements[0]?.kind).not.toBe('commit');
  });
});

describe('Arabic names written before their title', () => {
  const text = 'وصرح سلطان راشد الكعبي مساعد وزير الخارجية لشؤون التنمية: إن الإمارات ستواصل دعم الشعب السوداني.';
  const r = extract(text, { language: 'ar' });

  it('when "وصرح X مساعد وزير الخارجية" names an unknown official, then the name is read before the title, first name "سلطان" included', () => {
    const person = r.officials.find((o) => o.name === 'سلطان راشد الكعبي');
    expect(person).toBeDefined();
    expect(person?.titles).toEqual(['deputy foreign minister']);
  });

  it('when that official speaks, then he is the speaker and the kind is a commitment', () => {
    const person = r.officials.find((o) => o.name === 'سلطان راشد الكعبي');
    expect(r.statements[0]).toMatchObject({ speaker: person?.id, kind: 'commit' });
  });

  it('when "السلطان" or "سلطان عمان" is written, then it is still the title', () => {
    const o = extract('واستقبل سلطان عمان اليوم وزير الخارجية الهندي في مسقط.', { language: 'ar' });
    expect(o.officials.some((p) => p.titles.includes('head of state'))).toBe(false); // a title alone names no one
    expect(o.events[0]?.type).toBe('meeting');
  });
});

describe('Arabic envoys and summons', () => {
  it('when "سفير البرازيل لدى مصر" precedes a name, then the envoy is Brazilian and named', () => {
    const r = extract('وقال سفير البرازيل لدى مصر باولو روشا سيلفا إن بلاده تدعم جهود السلام.', { language: 'ar' });
    const envoy = r.officials.find((o) => o.name === 'باولو روشا سيلفا');
    expect(envoy).toMatchObject({ country: 'BR', titles: ['ambassador'] });
    expect(r.statements[0]).toMatchObject({ speaker: envoy?.id, kind: 'support' });
  });

  it('when the government recalls its envoy, then its prime minister named in the report is who summons', () => {
    const r = extract(
      'ترأس رئيس الوزراء الصومالي حسن ورسمه جامع اجتماعا طارئا للحكومة في مقديشو.\n' +
        'ووصفت الحكومة الصومالية الخطوة بأنها انتهاك، واستدعت السفير الصومالي لدى إثيوبيا للتشاور.',
      { language: 'ar', title: 'الصومال يستدعي سفيره لدى إثيوبيا' },
    );
    const pm = r.officials.find((o) => o.country === 'SO' && o.titles.includes('head of government'));
    expect(pm).toBeDefined();
    expect(r.events[0]?.type).toBe('summons');
    expect(r.events[0]?.participants).toContain(pm?.id);
  });

  it('when a ministry "intends to summon" an envoy, then it is a threat and the event a summons', () => {
    const r = extract('قالت وزارة الخارجية الإيطالية إنها تعتزم استدعاء السفير الروسي.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'IT', kind: 'threaten' });
    expect(r.events[0]?.type).toBe('summons');
  });
});

describe('Arabic nouns in ة before an ending', () => {
  it('when "سيادتها" and "أراضيها" carry a pronoun, then they still tell sovereignty', () => {
    const r = extract('وقالت الخارجية الصينية إن بكين ستدافع عن سيادتها.', { language: 'ar' });
    expect(r.statements[0]?.topics).toContain('sovereignty');
  });
});

describe('Arabic short reports', () => {
  it('when Western Sahara is what the dispute is about, then it is no party', () => {
    const r = extract('قررت الجزائر سحب سفيرها من فرنسا بسبب موقفها من الصحراء الغربية.', { language: 'ar' });
    expect(r.countries.map((c) => c.code).sort()).toEqual(['DZ', 'FR']);
  });

  it('when the ministry says two ministers "will talk", then it is a commitment', () => {
    const r = extract('وقالت الخارجية الروسية إن الوزيرين سيتحدثان قريبا للتحضير للقمة.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'RU', kind: 'commit' });
  });

  it('when a spokesperson warns of "إجراءات حازمة", then it is a threat of the spokesperson\'s state', () => {
    const r = extract('قال المتحدث باسم وزارة الخارجية الصينية في مؤتمر صحفي إن بكين ستتخذ إجراءات حازمة لحماية سيادتها.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'CN', kind: 'threaten' });
    expect(r.topics.map((t) => t.id)).toContain('sovereignty');
  });

  it('when two states issue "بيانا مشتركا", then the event is an agreement', () => {
    const r = extract('أصدرت مصر والأردن بيانا مشتركا في ختام اجتماع وزيري خارجية البلدين.', { language: 'ar' });
    expect(r.events[0]).toMatchObject({ type: 'agreement', countries: ['EG', 'JO'] });
  });

  it('when a state condemns an attack and expresses solidarity, then two statements: oppose, then support', () => {
    const r = extract('أدانت المملكة العربية السعودية بأشد العبارات الهجوم الذي استهدف مدنيين في السودان، وأعربت وزارة الخارجية في بيان عن تضامن المملكة مع الشعب السوداني.', { language: 'ar' });
    expect(r.statements.map((s) => [s.speakerCountry, s.kind])).toEqual([['SA', 'oppose'], ['SA', 'support']]);
  });

  it('when a president visits and says his country looks forward, then the event is a visit and the kind hope', () => {
    const r = extract('يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر في زيارة رسمية تستغرق يومين. وقال ماكرون إن بلاده تتطلع إلى فتح صفحة جديدة في العلاقات.', { language: 'ar' });
    expect(r.events[0]).toMatchObject({ type: 'visit', countries: ['DZ', 'FR'] });
    expect(r.statements.find((s) => s.text.includes('تتطلع'))).toMatchObject({ speaker: 'emmanuel-macron', kind: 'hope' });
  });
});
