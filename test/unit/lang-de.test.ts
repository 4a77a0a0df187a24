import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const TEXT =
  'Der kirgisische Außenminister Aibek Tolonow hat am Montag mit seinem chinesischen Amtskollegen telefoniert. ' +
  'Tolonow sagte, Kirgisistan unterstütze die Zusammenarbeit mit Peking und wolle den Handel ausbauen. ' +
  'Die Bundesregierung verurteilte am selben Tag die Angriffe auf die Ukraine.';

describe('German data', () => {
  const r = extract(TEXT, { language: 'de' });

  it('when adjectives carry case endings (kirgisische, chinesischen) and names a genitive, then each country is found at its exact place', () => {
    expect(r.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['KG', 'CN']));
    for (const c of r.countries) for (const m of c.mentions) expect(spanOf(TEXT, m)).toBe(m.text);
  });

  it('when a title with a country adjective precedes an unknown name, then the official has that country and role', () => {
    expect(r.officials.find((o) => o.name === 'Aibek Tolonow')).toMatchObject({ country: 'KG', titles: ['foreign minister'] });
  });

  it('when an article says "telefoniert" and "am Montag", then the main event is a phone call on that Monday', () => {
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
  });

  it('when "die Bundesregierung" condemns, then Germany speaks and the statement is an opposition', () => {
    const s = r.statements.find((x) => x.text.includes('verurteilte'));
    expect(s).toMatchObject({ speaker: null, speakerCountry: 'DE', kind: 'oppose' });
  });

  it('when the minister says his country supports cooperation, then the statement is his and reads as support', () => {
    const tolonow = r.officials.find((o) => o.name === 'Aibek Tolonow')?.id;
    const s = r.statements.find((x) => x.text.includes('unterstütze'));
    expect(s).toMatchObject({ speaker: tolonow, kind: 'support' });
  });
});

describe('German: who imposes a sanction', () => {
  it('when the government expels diplomats and only its foreign minister is named, then she is the participant of the sanction', () => {
    const r = extract(
      'Die Bundesregierung hat 20 iranische Diplomaten zu unerwünschten Personen erklärt und ausgewiesen.\n' +
        'Sie hätten nun sieben Tage Zeit, Deutschland zu verlassen, teilte das Auswärtige Amt mit.\n' +
        '„Dies werden wir nicht dulden“, erklärte die deutsche Außenministerin Petra Schulze.',
      { language: 'de', title: 'Deutschland weist 20 iranische Diplomaten aus' },
    );
    expect(r.events[0]?.type).toBe('sanction');
    const fm = r.officials.find((o) => o.name === 'Petra Schulze');
    expect(fm?.country).toBe('DE');
    expect(r.events[0]?.participants).toEqual([fm?.id]);
  });
});

describe('German quotation marks', () => {
  it('when a low quote is closed by a straight mark („…"), then the quotation ends there and the next paragraph is no one\'s statement', () => {
    const r = extract(
      'Der kirgisische Außenminister Aibek Tolonow sagte, man wolle auch Bereiche ansprechen, in denen man „unterschiedliche Ansichten" habe.\n\n' +
        'Am Nachmittag stand ein Besuch im Hafen von Tianjin auf dem Programm der Delegation.',
      { language: 'de' },
    );
    expect(r.statements.some((s) => s.text.includes('unterschiedliche Ansichten'))).toBe(true);
    expect(r.statements.some((s) => s.text.includes('Hafen von Tianjin'))).toBe(false);
  });
});

describe('German: a guest welcomed with military honours', () => {
  it('when a guest "wurde mit militärischen Ehren begrüßt", then that is a ceremony, no statement of support', () => {
    const r = extract('Der polnische Präsident Jan Nowicki wurde am Mittag in Berlin mit militärischen Ehren begrüßt.', { language: 'de', publishedAt: '2025-05-28' });
    expect(r.statements.filter((s) => s.kind === 'support')).toEqual([]);
  });
});

describe('German: former foreign ministers in the gazetteer', () => {
  it('when "Bundesaußenminister Dr. Guido Westerwelle" calls the American secretary of state, then both are known officials of their states', () => {
    const r = extract('Bundesaußenminister Dr. Guido Westerwelle telefonierte heute mit seiner amerikanischen Amtskollegin Hillary Clinton.', { language: 'de', publishedAt: '2010-03-06' });
    expect(r.officials.map((o) => [o.id, o.country])).toEqual(expect.arrayContaining([['guido-westerwelle', 'DE'], ['hillary-clinton', 'US']]));
  });
});

describe('German reported speech in the Konjunktiv I', () => {
  const text =
    'Bundeskanzler Klaus Berger kündigte in Berlin gemeinsame Regierungskonsultationen mit Polen an.\n' +
    'Die deutsche und die polnische Gesellschaft seien sich in den letzten Jahren nähergekommen.\n' +
    'In der Vorwoche hatten bereits mehrere Partnerländer ähnliche Treffen abgehalten.';
  const r = extract(text, { language: 'de', publishedAt: '2025-05-28' });
  const berger = r.officials.find((o) => o.name === 'Klaus Berger')?.id;

  it('when the next paragraph speaks in the Konjunktiv I ("seien sich nähergekommen") with no reporting verb, then it is still the chancellor speaking', () => {
    expect(r.statements.find((s) => s.text.includes('nähergekommen'))?.speaker).toBe(berger);
  });

  it('when a later sentence is in the indicative ("hatten ... abgehalten"), then it is the journalist\'s, no statement', () => {
    expect(r.statements.some((s) => s.text.includes('Vorwoche'))).toBe(false);
  });
});
