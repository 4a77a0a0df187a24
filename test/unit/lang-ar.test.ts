// Arabic through the whole extraction: what a reader of a SPA, WAM, APS or Xinhua Arabic readout would
// expect to come out. The sentences are written for these tests; the officials in them are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const MEETING =
  'استقبل وزير الخارجية العماني سالم الحارثي اليوم نظيره الأردني خالد المومني في مسقط.\n' +
  'وقال الحارثي إن سلطنة عمان تدعم الحوار بين دول المنطقة، وأن التعاون الاقتصادي مع الأردن يشهد نموا كبيرا.\n' +
  'وأشاد بالعلاقات الأخوية بين البلدين.\n' +
  'من جانبه، أعرب المومني عن شكره للجانب العماني.';

describe('Arabic readout of a meeting', () => {
  const r = extract(MEETING, { language: 'ar' });
  const find = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when "قال إن ... ، وأن ..." reports two claims, then each is its own statement of the same speaker', () => {
    const first = find('تدعم الحوار');
    const second = find('يشهد نموا كبيرا');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
    expect(second?.speakerCountry).toBe('OM');
    expect(first?.kind).toBe('support');
  });

  it('when a new paragraph opens with a verb and no subject ("وأشاد بالعلاقات"), then the previous speaker goes on', () => {
    const st = find('وأشاد بالعلاقات');
    expect(st).toMatchObject({ speakerCountry: 'OM', kind: 'support' });
    expect(st?.speaker).toBe(find('تدعم الحوار')?.speaker);
  });

  it('when "من جانبه" opens the sentence, then the Jordanian minister thanks', () => {
    expect(find('عن شكره')).toMatchObject({ speakerCountry: 'JO', kind: 'thank' });
  });
});

describe('Arabic topic cues that are also common words', () => {
  it('when "لا أساس لها من الصحة" (baseless) or "بعد نقله" (after he was taken) appear, then neither health nor connectivity is a topic', () => {
    const r = extract(
      'قال المتحدث باسم الحكومة الصومالية إن هذه الأنباء لا أساس لها من الصحة.\n' +
        'وأعرب الرئيس الجزائري عن شكره بعد نقله للعلاج في ألمانيا.',
      { language: 'ar' },
    );
    const topics = r.topics.map((t) => t.id.split('.')[0]);
    expect(topics).not.toContain('health');
    expect(topics).not.toContain('connectivity');
    expect(r.statements.find((s) => s.text.includes('لا أساس لها'))?.kind).toBe('oppose');
  });

  it('when China opposes "الثورات الملونة" and defends its core interests, then the topic is sovereignty, not elections', () => {
    const r = extract('وأكد الوزير الصيني معارضة الصين الحازمة للثورات الملونة ودعمها للمصالح الجوهرية لقازاقستان.', { language: 'ar' });
    const topics = r.topics.map((t) => t.id);
    expect(topics).toContain('sovereignty');
    expect(topics).not.toContain('domestic_politics');
  });
});

describe('Arabic words that hold a shorter term after a clitic', () => {
  it('when "بحث" (discussed) opens a readout, then it tells a meeting and is not ب + حث (urged)', () => {
    const r = extract('بحث وزير الخارجية المصري مع نظيره السوداني العلاقات الثنائية ومجالات البحث العلمي.', { language: 'ar' });
    expect(r.events[0]?.type).toBe('meeting');
    expect(r.statements.filter((s) => s.kind === 'urge')).toEqual([]);
  });

  it('when "وكان" and "الآن" stand before the clause, then they are not the complementizer أن and the statement stays whole', () => {
    const text = 'وكان الرئيس التونسي قد أكد الآن أن البعثة الدبلوماسية ستواصل عملها في بكين.';
    const r = extract(text, { language: 'ar' });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'TN', kind: 'commit' });
    expect(r.events.map((e) => e.type)).not.toContain('message');
  });

  it('when "وجاء في بيان" names the ministry after the statement, then that country speaks', () => {
    const r = extract('وجاء في بيان الخارجية الروسية أن موسكو تدعم الحوار بين الجانبين.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speaker: null, speakerCountry: 'RU', kind: 'support' });
  });
});

describe('Arabic title without a country in a report naming two holders', () => {
  it('when "وقال رئيس الوزراء" follows the Somali government speaking, then the Somali prime minister speaks, not the Ethiopian one', () => {
    const r = extract(
      'ترأس رئيس الوزراء الصومالي حسن ورسمه جامع اجتماعا طارئا للحكومة بعد أن وقع رئيس الوزراء الإثيوبي داويت تسفاي في أديس أبابا مذكرة مع الإقليم.\n' +
        'وأدانت الحكومة الصومالية المذكرة بشدة.\n' +
        'وقال رئيس الوزراء إن بلاده لن تقبل أي انتهاك لأراضيها.',
      { language: 'ar' },
    );
    const somali = r.officials.find((o) => o.country === 'SO');
    expect(somali).toBeDefined();
    expect(r.statements.find((s) => s.text.includes('لن تقبل'))).toMatchObject({ speaker: somali?.id, speakerCountry: 'SO' });
  });
});

describe('Arabic report of a summons', () => {
  const r = extract(
    'قالت وزارة الخارجية المغربية إنها ستستدعي القائم بالأعمال الإسباني احتجاجا على تصريحات وزير الخارجية الإسباني خوان بيريث مارين حول رئيس الحكومة المغربي.\n' +
      'وهذه المرة الثانية التي يستدعي فيها وزير الخارجية المغربي كريم العلوي المبعوث الإسباني.',
    { language: 'ar' },
  );

  it('when the minister who summons stands next to "يستدعي", then he is the participant and the minister whose remarks caused it is not', () => {
    expect(r.events[0]?.type).toBe('summons');
    const summoner = r.officials.find((o) => o.name === 'كريم العلوي');
    expect(summoner).toBeDefined();
    expect(r.events[0]?.participants).toEqual([summoner?.id]);
    expect(r.events[0]?.countries).toEqual(['ES', 'MA']);
  });
});

describe('Arabic headlines and aid reports', () => {
  it('when a headline line reads "الخارجية التركية: ...", then the ministry\'s state speaks it', () => {
    const r = extract('الخارجية التركية: الوزير يجري محادثة هاتفية مع نظيره الروسي\nوبحث الوزيران العلاقات الثنائية.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speaker: null, speakerCountry: 'TR', kind: 'inform' });
    expect(r.statements[0]?.text).toContain('يجري محادثة هاتفية');
  });

  it('when a state sends an aid plane, then the main event is of type other, not a statement', () => {
    const r = extract('أرسلت دولة الكويت اليوم طائرة مساعدات إغاثية إلى السودان لمساعدة المتضررين من الفيضانات.', { language: 'ar' });
    expect(r.events[0]).toMatchObject({ type: 'other' });
    expect(r.events[0]?.countries).toEqual(['KW', 'SD']);
  });
});

describe('Arabic country speakers and protest wording', () => {
  it('when "قالت روسيا إن" opens the report (روسيا also reads as روسي + ا), then Russia speaks', () => {
    const r = extract('قالت روسيا إن المحادثات مع واشنطن كانت بناءة.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speaker: null, speakerCountry: 'RU', kind: 'support' });
  });

  it('when "احتجاجا على" follows a summons, then it stays in the same statement and the summons gives the kind', () => {
    const r = extract('وقالت الخارجية الإسبانية إن الوزير سيستدعي السفير الإسرائيلي، احتجاجا على التصريحات الأخيرة.', { language: 'ar' });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'ES', kind: 'threaten' });
  });
});

describe('Arabic decisions', () => {
  it('when "قررت الجزائر سحب سفيرها" opens the report, then Algeria states the recall', () => {
    const r = extract('قررت الجزائر سحب سفيرها من مدريد بشكل فوري احتجاجا على موقف الحكومة الإسبانية.', { language: 'ar' });
    expect(r.statements[0]).toMatchObject({ speaker: null, speakerCountry: 'DZ', kind: 'oppose' });
    expect(r.events[0]?.type).toBe('summons');
  });
});

describe('Arabic honorifics between a title and a known name', () => {
  it('when "معالي الشيخ" stands between "وزير الخارجية الكويتي" and a gazetteer name, then the official gets the title', () => {
    const r = extract('استقبل وزير الخارجية الكويتي معالي الشيخ سالم عبدالله الجابر الصباح اليوم سفير الصين لدى الكويت.', { language: 'ar' });
    const kw = r.officials.find((o) => o.country === 'KW');
    expect(kw?.titles).toContain('foreign minister');
  });
});
