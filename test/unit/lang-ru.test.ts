// Russian through the whole extraction: what a reader of a TASS, RIA or MID readout would expect to
// come out. The sentences are written for these tests; the officials in them are fictional.
import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const CALL =
  'Министр иностранных дел Киргизии Азамат Токтогулов в понедельник провел телефонный разговор с китайским коллегой.\n' +
  'Министр иностранных дел КНР Гао Цзяньхуа заявил, что китайская сторона твердо поддерживает Кыргызстан в защите суверенитета и территориальной целостности.\n' +
  'Он также отметил, что Пекин готов и дальше поставлять Бишкеку вакцины против коронавируса.\n' +
  'Азамат Токтогулов выразил благодарность китайской стороне за помощь и подчеркнул, что Киргизия придерживается принципа одного Китая.\n' +
  'Глава МИД КНР выразил надежду, что сопряжение инициативы «Пояс и путь» с планами развития Киргизии принесет пользу двум странам.';

describe('Russian readout of a phone call', () => {
  const r = extract(CALL, { language: 'ru', publishedAt: '2024-03-13' });
  const kindOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.kind;
  const topicsOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.topics ?? [];

  it('when the text says "в понедельник провел телефонный разговор", then the main event is a phone call on that Monday', () => {
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(r.events[0]?.countries).toEqual(expect.arrayContaining(['CN', 'KG']));
  });

  it('when a title in Russian and a country in the genitive precede an unknown name, then the official gets both', () => {
    const kg = r.officials.find((o) => o.name === 'Азамат Токтогулов');
    expect(kg).toMatchObject({ country: 'KG' });
    expect(kg?.titles).toContain('foreign minister');
    const cn = r.officials.find((o) => o.name === 'Гао Цзяньхуа');
    expect(cn).toMatchObject({ country: 'CN' });
  });

  it('when China and Kyrgyzstan appear as names, adjectives, acronyms and capitals in several cases, then every form is a mention with exact offsets', () => {
    const cn = r.countries.find((c) => c.code === 'CN')?.mentions.map((m) => m.text) ?? [];
    expect(cn).toEqual(expect.arrayContaining(['КНР', 'китайским', 'китайская', 'Пекин']));
    const kg = r.countries.find((c) => c.code === 'KG')?.mentions.map((m) => m.text) ?? [];
    expect(kg).toEqual(expect.arrayContaining(['Киргизии', 'Кыргызстан', 'Бишкеку', 'Киргизия']));
    for (const c of r.countries) for (const m of c.mentions) expect(spanOf(CALL, m)).toBe(m.text);
  });

  it('when поддерживает, готов, выразил благодарность and выразил надежду carry the clauses, then the kinds are support, commit, thank and hope', () => {
    expect(kindOf('твердо поддерживает Кыргызстан')).toBe('support');
    expect(kindOf('готов и дальше поставлять')).toBe('commit');
    expect(kindOf('выразил благодарность')).toBe('thank');
    expect(kindOf('принесет пользу')).toBe('hope');
  });

  it('when clauses speak of sovereignty, vaccines, one China and the Belt and Road, then they carry those topics', () => {
    expect(topicsOf('территориальной целостности')).toContain('sovereignty');
    expect(topicsOf('вакцины против коронавируса')).toContain('health.covid19');
    expect(topicsOf('принципа одного Китая')).toContain('sovereignty.taiwan');
    expect(topicsOf('Пояс и путь')).toContain('connectivity.belt_and_road');
  });

  it('when "the Chinese side" speaks, then the statement is China\'s; when "он" follows, then it stays with the last official', () => {
    const s = r.statements.find((x) => x.text.includes('готов и дальше'));
    expect(s?.speakerCountry).toBe('CN');
    const thanks = r.statements.find((x) => x.text.includes('выразил благодарность'));
    expect(thanks?.speakerCountry).toBe('KG');
  });

  it('when a vaccine is "против коронавируса", then the clause is not read as opposition', () => {
    expect(kindOf('вакцины против коронавируса')).not.toBe('oppose');
  });
});

describe('Russian statements of protest, accusation and threat', () => {
  const TEXT =
    'Официальный представитель МИД России Ольга Смирнова заявила в четверг, что Москва решительно осуждает новые санкции Евросоюза.\n' +
    'Она обвинила Брюссель в двойных стандартах. Кроме того, Смирнова призвала ЕС отказаться от конфронтации.\n' +
    'Российская сторона пригрозила ответными мерами и выразила обеспокоенность расширением НАТО.';
  const r = extract(TEXT, { language: 'ru', publishedAt: '2024-03-15' });
  const kindOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.kind;

  it('when the MID spokesperson is named after her title, then she is a Russian spokesperson', () => {
    const o = r.officials.find((x) => x.name === 'Ольга Смирнова');
    expect(o).toMatchObject({ country: 'RU' });
    expect(o?.titles).toContain('spokesperson');
  });

  it('when осуждает, обвинила, призвала, пригрозила and обеспокоенность open clauses, then the kinds follow them', () => {
    expect(kindOf('решительно осуждает')).toBe('oppose');
    expect(kindOf('обвинила Брюссель')).toBe('accuse');
    expect(kindOf('призвала ЕС')).toBe('urge');
    expect(kindOf('пригрозила ответными мерами')).toBe('threaten');
    expect(kindOf('обеспокоенность')).toBe('concern');
  });

  it('when sanctions and NATO are mentioned, then the statements carry the sanctions and multilateral topics', () => {
    const topics = new Set(r.statements.flatMap((s) => s.topics));
    expect(topics).toContain('sanctions');
    expect(r.topics.map((t) => t.id)).toContain('sanctions');
  });

  it('when "Российская сторона" speaks, then the speaker is Russia', () => {
    const s = r.statements.find((x) => x.text.includes('пригрозила'));
    expect(s?.speakerCountry).toBe('RU');
  });
});

describe('Russian attribution by "по его словам"', () => {
  const TEXT =
    'Об этом заявил на брифинге официальный представитель МИД КНР Сюэ Минхуа.\n' +
    'По его словам, действия Вашингтона подрывают мир и стабильность в регионе.';
  const r = extract(TEXT, { language: 'ru', publishedAt: '2024-06-19' });

  it('when a sentence opens with "По его словам", then it is attributed to the official named just before', () => {
    const s = r.statements.find((x) => x.text.includes('подрывают'));
    expect(s?.speakerCountry).toBe('CN');
    expect(r.officials.find((o) => o.id === s?.speaker)?.name).toBe('Сюэ Минхуа');
  });

  it('when a readout ends with "Об этом заявил ...", then that bare attribution is not counted as a statement', () => {
    expect(r.statements.some((x) => x.text.startsWith('Об этом заявил'))).toBe(false);
  });
});

describe('Russian event cues and dates', () => {
  it('when a ministry summons an ambassador, then the event is a summons and the summoning state opposes', () => {
    const r = extract('МИД Эстонии вызвал посла России и вручил ему ноту протеста.', { language: 'ru', publishedAt: '2024-03-20' });
    expect(r.events[0]?.type).toBe('summons');
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'EE', kind: 'oppose' });
  });

  it('when a diplomat is declared persona non grata, then the event is a sanction', () => {
    const r = extract('Москва объявила персоной нон грата двух эстонских дипломатов в ответ на высылку российского сотрудника.', { language: 'ru', publishedAt: '2024-03-20' });
    expect(r.events[0]?.type).toBe('sanction');
  });

  it('when a president sends a telegram of condolences, then the event is a message and the statement a thank', () => {
    const r = extract('Президент Узбекистана Бахтияр Рахимов направил телеграмму соболезнования в связи с наводнением в Казахстане.', { language: 'ru', publishedAt: '2024-04-02' });
    expect(r.events[0]?.type).toBe('message');
    expect(r.statements[0]?.kind).toBe('thank');
  });

  it('when the date is written "16 ноября 2020 года", then the event has that date', () => {
    const r = extract('16 ноября 2020 года министры иностранных дел Китая и Киргизии провели телефонный разговор.', { language: 'ru', publishedAt: '2020-11-17' });
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2020-11-16' });
  });

  it('when the date is in May ("6 мая"), then the month word is read as a date, not as a name', () => {
    const r = extract('6 мая 2021 года министр иностранных дел Казахстана провел переговоры в Пекине.', { language: 'ru', publishedAt: '2021-05-07' });
    expect(r.events[0]).toMatchObject({ type: 'meeting', date: '2021-05-06' });
  });

  it('when the text says "накануне", then the event is dated the day before publication', () => {
    const r = extract('Накануне главы МИД России и Казахстана провели переговоры в Астане.', { language: 'ru', publishedAt: '2023-05-10' });
    expect(r.events[0]).toMatchObject({ type: 'meeting', date: '2023-05-09' });
    expect(r.events[0]?.countries).toEqual(expect.arrayContaining(['RU', 'KZ']));
  });

  it('when the common word "того" appears, then Togo is not an actor', () => {
    const r = extract('Кроме того, министр иностранных дел Казахстана заявил, что Астана поддерживает усилия ООН.', { language: 'ru', publishedAt: '2023-05-10' });
    expect(r.countries.map((c) => c.code)).not.toContain('TG');
    expect(r.countries.map((c) => c.code)).toContain('KZ');
  });
});

// Real officials of the gazetteer, in sentences written for these tests.
describe('Russian names in oblique cases', () => {
  it('when a gazetteer official is named in the dative, genitive or instrumental, then every form is that one official', () => {
    const r = extract(
      'Президент Казахстана направил телеграмму Садыру Жапарову.\n' +
        'Министр иностранных дел Германии провел переговоры с Сергеем Лавровым.\n' +
        'Позиция Марии Захаровой известна.\n' +
        // (named also as subjects: a person only ever named in oblique cases is talked about and not listed)
        'Сергей Лавров и Мария Захарова находятся в Москве.',
      { language: 'ru', publishedAt: '2021-03-10' },
    );
    const ids = r.officials.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['sadyr-japarov', 'sergey-lavrov', 'maria-zakharova']));
    expect(r.officials.find((o) => o.id === 'sergey-lavrov')?.mentions.map((m) => m.text)).toContain('Сергеем Лавровым');
    expect(r.officials.find((o) => o.id === 'maria-zakharova')?.mentions.map((m) => m.text)).toContain('Марии Захаровой');
    expect(ids.filter((id) => !['sadyr-japarov', 'sergey-lavrov', 'maria-zakharova'].includes(id))).toEqual([]);
  });

  it('when an official introduced in the dative is later the subject in the nominative, then the later statement is his', () => {
    const r = extract(
      'Об этом министру иностранных дел Руслану Казакбаеву сообщил посол.\n' +
        'Казакбаев выразил благодарность за помощь.',
      { language: 'ru', publishedAt: '2020-12-01' },
    );
    const s = r.statements.find((x) => x.text.includes('выразил благодарность'));
    expect(s?.speaker).toBe('ruslan-kazakbayev');
  });
});

describe('Russian names the gazetteer lacks, in oblique cases', () => {
  const a = extract(
    'Глава МИД Китая провел переговоры с министром иностранных дел Киргизии Азаматом Токтогуловым.\n' +
      'Токтогулов заявил, что Бишкек поддерживает инициативу.',
    { language: 'ru', publishedAt: '2024-03-13' },
  );
  const b = extract('Министр иностранных дел Киргизии Азамат Токтогулов заявил, что Бишкек поддерживает инициативу.', { language: 'ru', publishedAt: '2024-03-13' });

  it('when an unknown minister is introduced in the instrumental, then his nominative surname later is the same person and speaks', () => {
    const kg = a.officials.find((o) => o.country === 'KG');
    expect(kg?.mentions.map((m) => m.text)).toEqual(['Азаматом Токтогуловым', 'Токтогулов']);
    expect(a.statements.find((x) => x.text.includes('поддерживает'))?.speaker).toBe(kg?.id);
  });

  it('when the same unknown minister is named in the nominative in another article, then both get one id', () => {
    expect(a.officials.find((o) => o.country === 'KG')?.id).toBe(b.officials.find((o) => o.country === 'KG')?.id);
  });
});

describe('Russian speakers and non-claims', () => {
  it('when a title follows a preposition ("До временного поверенного"), then it is the addressee and the ministry keeps speaking', () => {
    const r = extract(
      'В МИД России подчеркнули, что это ответная мера. До временного поверенного было доведено, что такие шаги получат ответ.',
      { language: 'ru', publishedAt: '2024-03-20' },
    );
    const s = r.statements.find((x) => x.text.includes('такие шаги'));
    expect(s).toMatchObject({ speaker: null, speakerCountry: 'RU' });
  });

  it('when "глава государства" follows a president who spoke and another who was addressed, then the one who spoke keeps speaking', () => {
    const r = extract(
      'Касым-Жомарт Токаев выразил соболезнования президенту Кыргызстана Садыру Жапарову.\n' +
        'В телеграмме глава государства передал слова сочувствия родным погибших.',
      { language: 'ru', publishedAt: '2021-03-10' },
    );
    expect(r.statements.find((x) => x.text.includes('слова сочувствия'))?.speaker).toBe('kassym-jomart-tokayev');
  });

  it('when a readout only says what the ministers discussed, then that is the agenda, not a statement', () => {
    const r = extract(
      'Министры обсудили ситуацию на Ближнем Востоке, говорится в сообщении МИД России.\n' +
        'Уточняется, что стороны также обсудили двустороннее сотрудничество и договорились продолжить контакты.',
      { language: 'ru', publishedAt: '2024-03-20' },
    );
    expect(r.statements.some((x) => x.text.includes('Ближнем Востоке'))).toBe(false);
    expect(r.statements.find((x) => x.text.includes('договорились'))?.kind).toBe('agree');
  });

  it('when a minister "проинформировал" his guest about a topic, then that is no statement; "проинформировал, что" still is', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов проинформировал посла о ситуации в стране. ' +
        'Он также проинформировал, что Бишкек направит наблюдателей на выборы.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.statements.some((x) => x.text.includes('о ситуации'))).toBe(false);
    expect(r.statements.find((x) => x.text.includes('наблюдателей'))?.speakerCountry).toBe('KG');
  });

  it('when the title reports an expulsion and the lead the summons that notified it, then the event is a sanction', () => {
    const r = extract('МИД Латвии вызвал посла России и вручил ему ноту о высылке дипломата.', {
      language: 'ru',
      publishedAt: '2024-03-20',
      title: 'Латвия объявила о высылке российского дипломата',
    });
    expect(r.events[0]?.type).toBe('sanction');
  });
});

describe('Russian: who acts and who is only talked about', () => {
  it('when a person is named only in an oblique case (a decree "президента Садыра Жапарова", earlier talks "с министром ... Кэндзи Ямадой"), then the article does not list him', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов провел телефонный разговор с китайским коллегой Гао Цзяньхуа.\n' +
        'Токтогулов подчеркнул значимость указа президента Садыра Жапарова о поддержке инвесторов.\n' +
        'В марте Токтогулов провел переговоры с министром иностранных дел Японии Кэндзи Ямадой.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    const names = r.officials.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Азамат Токтогулов', 'Гао Цзяньхуа']));
    expect(r.officials.some((o) => o.id === 'sadyr-japarov')).toBe(false);
    expect(names.some((n) => n.includes('Ямад'))).toBe(false);
  });

  it('when the same person is the subject, in the nominative, then he is listed although he does not speak', () => {
    const r = extract('Посол Японии Кэндзи Ямада заявил, что Япония предоставит Киргизии гуманитарную помощь.\nСадыр Жапаров подписал указ о поддержке инвесторов.', {
      language: 'ru',
      publishedAt: '2024-03-13',
    });
    expect(r.officials.some((o) => o.id === 'sadyr-japarov')).toBe(true);
  });

  it('when an ambassador "сообщил министру" of the host state and no word names the event, then the event is a meeting of the two', () => {
    const r = extract(
      'Посол Японии Кэндзи Ямада сообщил министру иностранных дел Киргизии Азамату Токтогулову, что Япония предоставит Киргизии гуманитарную помощь.\n' +
        'Токтогулов выразил благодарность японской стороне.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.events[0]?.type).toBe('meeting');
    expect(r.events[0]?.countries).toEqual(['JP', 'KG']);
    expect(r.events[0]?.participants).toHaveLength(2);
  });

  it('when the ambassador only "заявил" to no one named, then the event stays a statement', () => {
    const r = extract('Посол Японии Кэндзи Ямада заявил, что Япония предоставит Киргизии гуманитарную помощь.', { language: 'ru', publishedAt: '2024-03-13' });
    expect(r.events[0]?.type).toBe('statement');
  });
});

describe('Russian: the agenda of a meeting', () => {
  it('when a readout says the ministers "обсудили вопросы энергетики", then that is no statement but energy is a topic of the article', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов провел переговоры с китайским коллегой Гао Цзяньхуа.\n' +
        'Гао Цзяньхуа заявил, что Китай поддерживает Киргизию.\n' +
        'Как говорится в сообщении, министры также обсудили вопросы энергетики.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.statements.some((s) => s.text.includes('энергетики'))).toBe(false);
    expect(r.topics.map((t) => t.id)).toContain('energy');
  });
});

describe('Russian: a country as the place where something happened', () => {
  it('when a country follows "области" ("в Алматинской области Казахстана"), then it is a place, not a country of the article', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов поблагодарил Японию за помощь гражданам Киргизии, пострадавшим при пожаре в Алматинской области Казахстана.\n' +
        'Пожар в Алматинской области Казахстана унес жизни пяти человек.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    const codes = r.countries.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['JP', 'KG']));
    expect(codes).not.toContain('KZ');
  });

  it('when the same country is thanked by name, then it is one', () => {
    const r = extract('Министр иностранных дел Киргизии Азамат Токтогулов поблагодарил Казахстан за помощь гражданам Киргизии.', {
      language: 'ru',
      publishedAt: '2024-03-13',
    });
    expect(r.countries.map((c) => c.code)).toContain('KZ');
  });
});

describe('Russian: an envoy named with the capital where he serves', () => {
  it('when "посла в Анкаре" stands between the title and the name, then the unknown envoy is found and serves the title\'s state', () => {
    const r = extract(
      'МИД Турции вызвал российского посла в Анкаре Олега Брагина.\nБрагин заявил, что Россия отвергает эти обвинения.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    const envoy = r.officials.find((o) => o.name.includes('Брагин'));
    expect(envoy).toMatchObject({ country: 'RU' });
    expect(envoy?.titles).toContain('ambassador');
    expect(r.statements.find((s) => s.text.includes('отвергает'))?.speaker).toBe(envoy?.id);
  });
});

describe('Russian stance phrases of readouts and messages', () => {
  const kindOf = (text: string, anchor: string) =>
    extract(text, { language: 'ru', publishedAt: '2024-03-13' }).statements.find((s) => s.text.includes(anchor))?.kind;

  it('when leaders "подтвердили настрой" on closer ties, then the clause is a commitment', () => {
    expect(kindOf('Министр иностранных дел Киргизии Азамат Токтогулов подтвердил настрой на укрепление партнерства с Китаем.', 'настрой')).toBe('commit');
  });

  it('when a readout says "условлено о контактах", then the clause is an agreement', () => {
    expect(kindOf('Министр иностранных дел Киргизии Азамат Токтогулов заявил, что условлено о дальнейших контактах с Китаем.', 'условлено')).toBe('agree');
  });

  it('when a spokesperson promises "жесткие шаги" or "ответные шаги", then the clause is a threat', () => {
    expect(kindOf('Министр иностранных дел Киргизии Азамат Токтогулов заявил, что в ответ последуют жесткие шаги против Казахстана.', 'жесткие шаги')).toBe('threaten');
  });

  it('when a message praises a "личный вклад в развитие" of ties, then the clause is support', () => {
    expect(kindOf('Министр иностранных дел Киргизии Азамат Токтогулов отметил личный вклад президента Казахстана в развитие отношений.', 'вклад')).toBe('support');
  });

  it('when a message says "желаю здоровья", then the clause is a wish (hope), not a plain report', () => {
    expect(kindOf('Министр иностранных дел Киргизии Азамат Токтогулов направил телеграмму президенту Казахстана.\n«Желаю Вам крепкого здоровья и успехов», — написал Токтогулов.', 'Желаю')).toBe('hope');
  });

  it('when condolences say "разделяют скорбь", then the clause is condolence (thank)', () => {
    expect(kindOf('Министр иностранных дел Киргизии Азамат Токтогулов отметил, что в Киргизии разделяют скорбь народа Казахстана.', 'скорбь')).toBe('thank');
  });

  it('when a ministry "заявлен решительный протест" or calls a step "контрпродуктивным", then the clause is opposition', () => {
    expect(kindOf('МИД Киргизии заявил, что послу Казахстана заявлен решительный протест в связи с недружественными шагами.', 'решительный протест')).toBe('oppose');
    expect(kindOf('Министр иностранных дел Киргизии Азамат Токтогулов заявил, что Киргизия считает решение Казахстана контрпродуктивным.', 'контрпродуктивным')).toBe('oppose');
  });

  it('when a quotation ends with "— сказано в публикации", then it is a statement of who published it', () => {
    const r = extract('МИД Армении сообщил о телефонном разговоре министров.\n«Армения готова к продолжению диалога с Азербайджаном», — сказано в публикации МИД Армении.', {
      language: 'ru',
      publishedAt: '2024-03-13',
    });
    expect(r.statements.find((s) => s.text.includes('готова к продолжению'))).toMatchObject({ speakerCountry: 'AM', kind: 'commit' });
  });
});

describe('Russian: an adverb between the subject and its verb', () => {
  it('when "Министр ... сердечно поздравил" is followed by the addressee, then the subject speaks, not the addressee', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов сердечно поздравил министра иностранных дел Казахстана Ерлана Нурланова с днем рождения и пожелал ему счастья.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    const kg = r.officials.find((o) => o.name.includes('Токтогулов'));
    const congrats = r.statements.find((s) => s.text.includes('поздравил'));
    expect(congrats).toMatchObject({ speaker: kg?.id, kind: 'thank' });
  });

  it('when a stance verb follows "и" ("поздравил ... и пожелал ему счастья"), then it is a second statement of the same speaker', () => {
    const r = extract('Министр иностранных дел Киргизии Азамат Токтогулов поздравил Казахстан с праздником и пожелал ему процветания.', {
      language: 'ru',
      publishedAt: '2024-03-13',
    });
    const wish = r.statements.find((s) => s.text.startsWith('и пожелал') || s.text.startsWith('пожелал'));
    expect(wish?.kind).toBe('hope');
    expect(r.statements.filter((s) => s.speakerCountry === 'KG')).toHaveLength(2);
  });
});

describe('Russian: agencies, press services and quotation lines', () => {
  it('when "сообщает пресс-служба Кремля" closes a sentence, then Russia reports it; when "передает ТАСС" does, then no state does', () => {
    const r = extract(
      'Президенты России и Киргизии поговорили по телефону, сообщает пресс-служба Кремля.\n' +
        '«Подтвержден настрой на укрепление союзничества между Россией и Киргизией», — указано в сообщении.\n' +
        'Киргизия получит новую партию вакцин, передает ТАСС.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.statements.find((s) => s.text.includes('Подтвержден настрой'))).toMatchObject({ speakerCountry: 'RU', kind: 'commit' });
    expect(r.statements.some((s) => s.text.includes('передает ТАСС'))).toBe(false);
  });

  it('when a line "Name, title:" stands before a quotation, then the quotation is that person\'s', () => {
    const r = extract(
      'МИД России отреагировал на решение Казахстана.\n\nАзамат Токтогулов, министр иностранных дел Киргизии:\n\n«Мы считаем этот шаг контрпродуктивным».',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    const kg = r.officials.find((o) => o.name.includes('Токтогулов'));
    expect(r.statements.find((s) => s.text.includes('контрпродуктивным'))).toMatchObject({ speaker: kg?.id, kind: 'oppose' });
  });

  it('when a stance word is asked about ("готова ли Армения признать"), then the question is no commitment of its own', () => {
    const r = extract(
      'Министр иностранных дел Армении Давид Ованесян заявил, что Армения поддерживает суверенитет Грузии, отвечая на вопрос, готова ли Армения признать независимость Абхазии.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.statements.some((s) => s.kind === 'commit')).toBe(false);
    expect(r.statements.find((s) => s.text.includes('поддерживает суверенитет'))?.kind).toBe('support');
  });
});

describe('Russian: expulsions, praise and provocation', () => {
  it('when "собеседник агентства уточнил, что дипломат должен покинуть страну", then the state that expels threatens; the agency is no media speaker', () => {
    const r = extract(
      'МИД России объявил советника посольства Эстонии персоной нон грата.\nОб этом сообщила официальный представитель МИД России Мария Захарова. Собеседник агентства уточнила, что дипломат должен покинуть страну в течение 72 часов.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.statements.find((s) => s.text.includes('покинуть страну'))).toMatchObject({ speakerCountry: 'RU', kind: 'threaten' });
  });

  it('when a minister says a visit "имеет особое значение" or that he "ценю" a dialogue, then the clauses are support', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов заявил, что этот визит имеет особое значение.\n«Я высоко ценю наш диалог с Казахстаном», — сказал Токтогулов.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.statements.find((s) => s.text.includes('особое значение'))?.kind).toBe('support');
    expect(r.statements.find((s) => s.text.includes('ценю'))?.kind).toBe('support');
  });

  it('when a spokesperson says another state "провоцирует конфронтацию", then it is an accusation', () => {
    const r = extract('Официальный представитель МИД КНР Линь Цзянь заявил, что США провоцируют конфронтацию в регионе.', { language: 'ru', publishedAt: '2024-03-13' });
    expect(r.statements.find((s) => s.text.includes('провоцируют'))?.kind).toBe('accuse');
  });
});

describe('Russian: page furniture and anniversaries in the lead', () => {
  it('when a "Подписывайтесь на ..." line and a dateline precede the lead, then the lead still tells the meeting and both sides', () => {
    const r = extract(
      'Министр иностранных дел Киргизии провел переговоры с послом Китая\n\nВ начале недели правительство Киргизии ушло в отставку после долгих споров.\nПодписывайтесь на наш канал в Телеграм\nБИШКЕК, 9 фев - Sputnik. Министр иностранных дел Киргизии Азамат Токтогулов встретился с послом Китая в Киргизии Гао Цзяньхуа.',
      { language: 'ru', publishedAt: '2024-02-09', title: 'Министр иностранных дел Киргизии провел переговоры с послом Китая' },
    );
    expect(r.events[0]?.type).toBe('meeting');
    expect(r.events[0]?.participants).toHaveLength(2);
  });

  it('when the lead recalls "33 года с установления дипломатических отношений", then that anniversary is not the event of the article', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов отметил, что исполнилось 33 года с установления дипломатических отношений двух стран.\nАзамат Токтогулов провел в Пекине переговоры с министром иностранных дел Китая Гао Цзяньхуа.',
      { language: 'ru', publishedAt: '2024-02-09', title: 'Глава МИД Киргизии прибыл в Китай с визитом' },
    );
    expect(r.events[0]?.participants).toHaveLength(2);
  });
});

describe('Russian summons phrasing and sources', () => {
  it('when a chargé "был приглашен в МИД" or an envoy "вручена нота протеста", then it is a summons and the ministry opposes', () => {
    const r = extract(
      'МИД Армении сообщил, что временный поверенный в делах Азербайджана был приглашен в МИД.\nПослу Азербайджана вручена нота протеста, заявили в МИД Армении.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.events[0]?.type).toBe('summons');
    expect(r.statements.find((s) => s.text.includes('приглашен в МИД'))).toMatchObject({ speakerCountry: 'AM', kind: 'oppose' });
  });

  it('when a claim is given "по версии МИД", then the ministry is its source', () => {
    const r = extract('По версии МИД Азербайджана, армянская сторона нарушила договоренности.', { language: 'ru', publishedAt: '2024-03-13' });
    expect(r.statements[0]?.speakerCountry).toBe('AZ');
  });

  it('when a war is "на Украине" in a clause, then Ukraine is the place of the conflict, not a party', () => {
    const r = extract(
      'Президент Белоруссии Александр Лукашенко заявил, что Минск готов принять переговоры об урегулировании конфликта на Украине.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.countries.map((c) => c.code)).not.toContain('UA');
  });

  it('when a deputy "Государственной думы" is named, then the chamber is no person', () => {
    const r = extract('Депутат Государственной думы Иван Петров раскритиковал решение Азербайджана.', { language: 'ru', publishedAt: '2024-03-13' });
    expect(r.officials.some((o) => o.name.includes('Государственной'))).toBe(false);
  });
});

describe('Russian reporting verbs in the present and the imperfective past', () => {
  it('when a minister "утверждает" or "заверяет", then the sentence is his statement', () => {
    const r = extract(
      'Министр иностранных дел Киргизии Азамат Токтогулов утверждает, что Казахстан нарушил договоренности.\nТоктогулов заверяет, что Киргизия готова к диалогу.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    const kg = r.officials.find((o) => o.name.includes('Токтогулов'));
    expect(r.statements.find((s) => s.text.includes('нарушил'))?.speaker).toBe(kg?.id);
    expect(r.statements.find((s) => s.text.includes('готова к диалогу'))).toMatchObject({ speaker: kg?.id, kind: 'commit' });
  });

  it('when the injured "восстановят свое здоровье", then a condolence is not about public health', () => {
    const r = extract('Президент Киргизии выразил надежду, что пострадавшие быстро восстановят свое здоровье.', { language: 'ru', publishedAt: '2024-03-13' });
    expect(r.topics.map((t) => t.id)).not.toContain('health');
  });
});

describe('Russian: what both leaders did, reported by one side', () => {
  it('when "оба президента подтвердили настрой ..., сообщила пресс-служба Кремля", then it is the Russian president\'s commitment', () => {
    const r = extract(
      'Президент России Владимир Путин провел телефонный разговор с президентом Узбекистана Шавкатом Мирзиёевым.\nОба президента подтвердили настрой на укрепление стратегического партнерства, сообщила пресс-служба Кремля.',
      { language: 'ru', publishedAt: '2024-03-13' },
    );
    expect(r.statements.find((s) => s.text.includes('настрой'))).toMatchObject({ speaker: 'vladimir-putin', kind: 'commit' });
  });
});
