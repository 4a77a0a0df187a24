import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const TEXT =
  'O chanceler brasileiro Paulo Mendes conversou por telefone na segunda-feira com o seu homólogo chinês. ' +
  'Mendes afirmou que o Brasil apoia o multilateralismo e deseja ampliar o comércio com Pequim. ' +
  'O Itamaraty informou ainda que as autoridades chinesas estão prontas para fortalecer a parceria estratégica.';

describe('Portuguese data', () => {
  const r = extract(TEXT, { language: 'pt' });

  it('when "chanceler brasileiro" precedes a name, then the person is Brazil\'s foreign minister', () => {
    expect(r.officials.find((o) => o.name === 'Paulo Mendes')).toMatchObject({ country: 'BR', titles: ['foreign minister'] });
  });

  it('when "conversou por telefone na segunda-feira", then the main event is a phone call dated that Monday', () => {
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(r.events[0]?.countries).toEqual(expect.arrayContaining(['BR', 'CN']));
  });

  it('when one sentence supports and then wishes, then it yields two statements of those kinds', () => {
    const mendes = r.officials.find((o) => o.name === 'Paulo Mendes')?.id;
    const mine = r.statements.filter((s) => s.speaker === mendes);
    expect(mine.map((s) => s.kind)).toEqual(['support', 'hope']);
  });

  it('when "o Itamaraty" reports, then Brazil is the speaker', () => {
    expect(r.statements.some((s) => s.speakerCountry === 'BR' && s.speaker === null)).toBe(true);
  });
});

describe('Portuguese list of items after a verb that asks for them', () => {
  const r = extract(
    'O presidente argentino, Javier Rocha, apelou à consolidação da confiança mútua, à expansão da cooperação bilateral e ao reforço dos intercâmbios culturais. ' +
      'Rocha disse que os dois países devem manter o diálogo, aprofundar a cooperação comercial e fortalecer os intercâmbios.',
    { language: 'pt', publishedAt: '2025-05-13' },
  );
  const of = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when "apelou à ..., à expansão ... e ao reforço ..." lists what is asked, then every item is a call (urge)', () => {
    expect(of('apelou à consolidação')?.kind).toBe('urge');
    expect(of('à expansão da cooperação')?.kind).toBe('urge');
    expect(of('ao reforço dos intercâmbios')?.kind).toBe('urge');
  });

  it('when "devem manter ..., aprofundar ... e fortalecer ..." lists infinitives, then each shares the "devem" of the head', () => {
    expect(of('fortalecer os intercâmbios')?.kind).toBe('urge');
  });
});

describe('Portuguese call received, dated by the day in brackets', () => {
  const r = extract(
    'O chanceler chileno, Rodrigo Lemos, recebeu um telefonema do ministro das Relações Exteriores do Peru, Tomás Vidal, na terça-feira (12). ' +
      'Lemos afirmou que o Chile apoia o diálogo regional.',
    { language: 'pt', publishedAt: '2024-03-13' },
  );

  it('when someone "recebeu um telefonema", then the main event is a phone call, not a meeting', () => {
    expect(r.events[0]?.type).toBe('phone_call');
  });

  it('when "na terça-feira (12)" gives the day in brackets, then the event falls on the 12th', () => {
    expect(r.events[0]?.date).toBe('2024-03-12');
  });

  it('when the weekday and the day in brackets disagree, then the day in brackets wins', () => {
    const x = extract('O ministro das Relações Exteriores do Brasil, Rui Matos, recebeu uma ligação do chanceler argentino na quarta-feira (12).', { language: 'pt', publishedAt: '2024-03-13' });
    expect(x.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-12' });
  });

  it('when "na sexta-feira (8/3)" gives day and month, then the event falls on that day', () => {
    const x = extract('O presidente uruguaio, Martín Sosa, conversou por telefone com o presidente paraguaio na sexta-feira (8/3).', { language: 'pt', publishedAt: '2024-03-13' });
    expect(x.events[0]?.date).toBe('2024-03-08');
  });
});

describe('Portuguese plural and present-tense reporting verbs', () => {
  it('when "os Estados Unidos condenaram" a decision, then the United States oppose it', () => {
    const r = extract('Nas redes sociais, os Estados Unidos condenaram, mais uma vez, a decisão do tribunal brasileiro.', { language: 'pt', publishedAt: '2025-08-08' });
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'US', kind: 'oppose' });
  });

  it('when a minister "considera que" there is a catastrophe "e apela a" a ceasefire (European Portuguese present), then two statements: concern, then a call', () => {
    const r = extract('O ministro dos Negócios Estrangeiros português, João Tavares, considera que a situação humanitária na região é uma catástrofe e apela a um cessar-fogo imediato.', { language: 'pt', publishedAt: '2024-05-14' });
    expect(r.statements.map((s) => s.kind)).toEqual(['concern', 'urge']);
  });

  it('when the minister "garantiu que" the government is working on it, then it is a commitment', () => {
    const r = extract('O ministro português, João Tavares, garantiu que o Governo está a trabalhar na ligação ferroviária a Madrid.', { language: 'pt', publishedAt: '2024-05-14' });
    expect(r.statements[0]?.kind).toBe('commit');
  });
});

describe('Portuguese summons in the present tense of a headline', () => {
  it('when the headline says "Itamaraty convoca encarregado de negócios", then the main event is a summons', () => {
    const r = extract('O Ministério das Relações Exteriores convocou nesta sexta-feira o encarregado de negócios da embaixada do Chile, Pedro Soto.', {
      language: 'pt', publishedAt: '2025-08-08', title: 'Itamaraty convoca encarregado de negócios do Chile após declarações',
    });
    expect(r.events[0]?.type).toBe('summons');
  });
});

describe('Portuguese "completou" closing a quotation', () => {
  it('when a quotation ends with ", completou o ministério", then the ministry\'s state speaks it', () => {
    const r = extract('“Os ministros discutiram o que é possível fazer para restaurar a paz na região”, completou o Ministério das Relações Exteriores do Brasil, na publicação.', { language: 'pt', publishedAt: '2022-02-25' });
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'BR' });
  });
});
