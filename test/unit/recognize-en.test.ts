import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const TEXT =
  'Kyrgyz Foreign Minister Aibek Tolonov held talks with his Chinese counterpart in Bishkek on Monday. ' +
  'Tolonov said Kyrgyzstan supports the Shanghai Cooperation Organisation and hopes Beijing will invest more.';

describe('recognize (English)', () => {
  const result = extract(TEXT, { language: 'en' });

  it('when a country is named by adjective, name or capital, then each mention points at the right state', () => {
    const kg = result.countries.find((c) => c.code === 'KG');
    expect(kg?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Kyrgyz', 'Kyrgyzstan', 'Bishkek']));
    for (const m of kg?.mentions ?? []) expect(spanOf(TEXT, m)).toBe(m.text);
    expect(result.countries.map((c) => c.code)).toContain('CN');
  });

  it('when an official the gazetteer lacks follows "[adjective] Foreign Minister", then he is found with country, title and later mentions', () => {
    const person = result.officials.find((o) => o.name === 'Aibek Tolonov');
    expect(person).toMatchObject({ country: 'KG', titles: ['foreign minister'] });
    expect(person?.mentions.map((m) => m.text)).toEqual(['Aibek Tolonov', 'Tolonov']);
  });

  it('when "us" appears in lower case, then it is not the United States', () => {
    const r = extract('The minister told us that Kenya supports the plan, he said.', { language: 'en' });
    expect(r.countries.map((c) => c.code)).not.toContain('US');
  });

  it('when a gazetteer official appears by full name, then the gazetteer id is used', () => {
    const r = extract('Chinese Foreign Minister Wang Yi said China supports Kyrgyzstan.', { language: 'en' });
    expect(r.officials.map((o) => o.id)).toContain('wang-yi');
  });
  it('when a gazetteer official is introduced as "Name, Prime Minister of ...", then he is the gazetteer person, not a second one', () => {
    const r = extract(
      'Hamza Abdi Barre, Prime Minister of the Federal Republic of Somalia, spoke in Mogadishu. Prime Minister Hamza Abdi Barre said Somalia will defend its territory.',
      { language: 'en', publishedAt: '2024-01-02' },
    );
    expect(r.officials.map((o) => o.id)).toEqual(['hamza-abdi-barre']);
  });
  it('when a possessive name follows the verb ("Ali also said Maduro’s stand was ..."), then the one before the verb speaks', () => {
    const r = extract(
      'Guyana’s President Irfaan Ali met Venezuelan President Nicolás Maduro in Kingstown. Ali also said Maduro’s stand was a violation of international law.',
      { language: 'en', publishedAt: '2023-12-14' },
    );
    expect(r.statements.find((s) => s.text.includes('stand was'))?.speaker).toBe('irfaan-ali');
  });

  it('when a readout ends "Wang was cited as saying", then the clauses before it are his', () => {
    const r = extract(
      'Chinese Foreign Minister Wang Yi spoke with his Russian counterpart on Monday. The Chinese side supports the efforts of Kazakhstan to restore order, Wang was cited as saying.',
      { language: 'en', publishedAt: '2022-01-10' },
    );
    expect(r.statements.find((s) => s.text.includes('supports the efforts'))?.speaker).toBe('wang-yi');
  });
  it('when "The government said" names no country after a prime minister spoke, then his state speaks, not he', () => {
    const r = extract(
      'Prime Minister Hamza Abdi Barre said Somalia will defend its territory. The government said it was appealing to the African Union to stand with Somalia.',
      { language: 'en', publishedAt: '2024-01-02' },
    );
    expect(r.statements.find((s) => s.text.includes('appealing'))).toMatchObject({ speaker: null, speakerCountry: 'SO' });
  });
});
