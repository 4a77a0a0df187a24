// Speaker and statement rules tuned on the shared corpus, each checked on sentences written for the test
// (fictional officials of real countries).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const idOf = (r: ReturnType<typeof extract>, name: string) => r.officials.find((o) => o.name === name || o.aliases.includes(name))?.id;

describe('speaker rules', () => {
  it('when a sentence names two officials and the next says "He said", then the first one, the subject, speaks', () => {
    const r = extract('Japanese Foreign Minister Kenji Yamada met Chinese Ambassador Li Ming in Tokyo on Monday.\nHe said Japan would keep supporting free trade in the region.', {
      language: 'en',
    });
    const st = r.statements.find((s) => s.text.includes('free trade'));
    expect(st?.speaker).toBe(idOf(r, 'Kenji Yamada'));
    expect(st?.speakerCountry).toBe('JP');
  });

  it("when an official's speech goes on with \"the Chinese side hopes\" / \"China supports\" in the same paragraph, then the official still speaks", () => {
    const text =
      'Le ministre chinois des Affaires étrangères Sun Haiyang a déclaré que les deux pays sont de bons voisins. ' +
      'La partie chinoise espère que le Kirghizistan réussira ses élections. La Chine soutient le peuple kirghize dans ses choix.';
    const r = extract(text, { language: 'fr' });
    const zhao = r.statements[0]?.speaker;
    expect(zhao).toBeTruthy();
    const kinds = r.statements.filter((s) => s.kind !== 'inform');
    expect(kinds.map((s) => s.kind)).toEqual(['hope', 'support']);
    expect(kinds.every((s) => s.speaker === zhao)).toBe(true);
  });

  it('when a Chinese official speaks and the next sentence starts with 中方, then the official keeps speaking', () => {
    const text = '中国外交部长刘振国表示，中吉两国是好邻居。中方愿同吉方加强合作。';
    const r = extract(text, { language: 'zh' });
    const last = r.statements[r.statements.length - 1];
    expect(last?.kind).toBe('commit');
    expect(last?.speaker).toBeTruthy();
    expect(last?.speaker).toBe(r.statements[0]?.speaker);
  });

  it('when the side of the other state speaks, then it is not given to the official', () => {
    const text = 'Le ministre chinois des Affaires étrangères Sun Haiyang a déclaré que les deux pays sont de bons voisins. La partie kirghize espère renforcer la coopération.';
    const r = extract(text, { language: 'fr' });
    const last = r.statements[r.statements.length - 1];
    expect(last).toMatchObject({ speaker: null, speakerCountry: 'KG' });
  });

  it.each([
    ['fr', 'Le chef de la diplomatie sénégalaise, Ousmane Diallo, a déclaré que le Sénégal soutient le dialogue avec la Gambie.', 'Ousmane Diallo', 'SN'],
    ['es', 'La ministra chilena de Relaciones Exteriores, Carmen Alvarado, aseguró que Chile apoya el diálogo con Bolivia.', 'Carmen Alvarado', 'CL'],
    ['de', 'Der Sprecher des Auswärtigen Amts, Martin Kessler, sagte, Deutschland unterstütze den Dialog mit Polen.', 'Martin Kessler', 'DE'],
  ])('when a title is followed by ", Name," (%s), then that name speaks and the subject is not a statement of its own', (language, text, name, country) => {
    const r = extract(text, { language });
    expect(r.officials.find((o) => o.name === name)).toMatchObject({ country });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]?.speaker).toBe(idOf(r, name));
  });

  it('when a reporting verb follows an inserted phrase ("X, for his part, said"), then the subject does not become its own clause', () => {
    const text = 'El presidente de Estados Unidos, Donald Trump, anunció que Washington impondrá aranceles a Colombia.';
    const r = extract(text, { language: 'es' });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]?.start).toBe(0);
  });

  it('when a long trailing attribution closes the sentence ("..., dijo el Ministerio de Relaciones Exteriores chino en un comunicado."), then it is no statement of its own', () => {
    const text = 'La parte china apoya la integridad territorial de Honduras y rechaza toda injerencia externa, dijo el Ministerio de Relaciones Exteriores chino en un comunicado.';
    const r = extract(text, { language: 'es' });
    expect(r.statements.some((s) => s.text.startsWith('dijo'))).toBe(false);
    expect(r.statements[r.statements.length - 1]?.end).toBe(text.length);
  });

  it('when the segmenter leaves a lone attribution after a quote (\'.” denildi.\'), then it joins the statement before it', () => {
    const text = 'Dışişleri Bakanlığı açıklamasında, “Türkiye bölgede kalıcı barışı desteklemektedir.” denildi.';
    const r = extract(text, { language: 'tr' });
    expect(r.statements.some((s) => s.text.trim() === 'denildi.')).toBe(false);
  });

  it('when a Russian name stands in the dative before the verb ("министру ... Петру Иванову сообщил посол"), then the nominative name after the verb speaks', () => {
    const text = 'Об этом министру иностранных дел Киргизии Петру Иванову сообщил посол Китая Ли Чжэнмин.';
    const r = extract(text, { language: 'ru' });
    const s = r.statements[0];
    expect(s?.speakerCountry).toBe('CN');
  });

  it('when a Turkish name carries a case ending after the apostrophe ("Erdoğan\'a"), then it is not the speaker', () => {
    const text = 'Rusya Devlet Başkanı Vladimir Putin, Cumhurbaşkanı Erdoğan\'a teşekkür etti.';
    const r = extract(text, { language: 'tr' });
    expect(r.statements[0]?.speakerCountry).toBe('RU');
  });

  it('when a Chinese name follows 同/与 ("同吉方"), then it is the object, not the speaker', () => {
    const text = '中国外交部长王毅同吉尔吉斯斯坦外长库卢巴耶夫通电话。王毅表示，中方愿同吉方加强合作。';
    const r = extract(text, { language: 'zh' });
    expect(r.statements.every((s) => s.speakerCountry === 'CN')).toBe(true);
  });

  it('when a Chinese sentence goes on after a comma with a new subject and a stance ("，上合组织有必要…"), then that clause is its own statement', () => {
    const text = '中国外交部长王毅表示，中方支持阿富汗和平进程，上海合作组织有必要更加关注阿富汗局势。';
    const r = extract(text, { language: 'zh' });
    expect(r.statements.length).toBeGreaterThanOrEqual(2);
    expect(r.statements.some((s) => s.text.startsWith('上海合作组织'))).toBe(true);
  });

  it('when a German quotation „…“ precedes "erklärte <Titel> <Name>", then the quote closes and that person speaks', () => {
    const text = 'Die Lage sei „eine ernste Bedrohung für die Sicherheit Polens“, erklärte Bundesaußenministerin Katrin Albers.';
    const r = extract(text, { language: 'de' });
    expect(r.statements[0]?.speaker).toBe(idOf(r, 'Katrin Albers'));
    expect(r.statements[0]?.speaker).toBeTruthy();
  });

  it('when an unknown Chinese name introduced by a title is seen again alone ("陳立表示"), then it is the same person and speaks; Traditional 與 ends the name', () => {
    const text = '中國外交部發言人陳立與美國國務卿通電話。陳立表示，中方反對美方干涉。';
    const r = extract(text, { language: 'zh' });
    const chen = r.officials.find((o) => o.name === '陳立');
    expect(chen).toMatchObject({ country: 'CN' });
    expect(r.statements[r.statements.length - 1]?.speaker).toBe(chen?.id);
  });
});

describe('page furniture', () => {
  it('when a scraped page repeats its headline ("Site - Headline", then "Headline" twice), then the headline is one statement, not three', () => {
    const r = extract(
      'Daily Sample - Germany says Iran must release the detained journalists\n\n' +
        'Germany says Iran must release the detained journalists\n' +
        'Germany says Iran must release the detained journalists\n\n' +
        'German Foreign Minister Petra Schulze said on Monday that the journalists must be freed at once.',
      { language: 'en' },
    );
    expect(r.statements.filter((s) => s.text.includes('release the detained')).length).toBe(1);
    expect(r.statements.some((s) => s.text.includes('freed at once'))).toBe(true);
  });
});
