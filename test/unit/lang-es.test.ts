// Spanish through the whole extraction: what a reader of an EFE, Europa Press or Latin American
// readout would expect to come out. The sentences are written for these tests; the officials are fictional.
import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const SUMMONS =
  'El Ministerio de Asuntos Exteriores de Chile convocó este martes al encargado de negocios de Perú para protestar por unas declaraciones del canciller peruano Andrés Salazar.\n' +
  'Los ministerios chilenos aseguraron que Santiago de Chile rechaza cualquier injerencia en sus asuntos internos.\n' +
  'Por su parte, Salazar dijo que Perú espera mantener el diálogo y está dispuesto a reunirse con su homóloga.';

describe('Spanish report of an envoy summoned', () => {
  const r = extract(SUMMONS, { language: 'es', publishedAt: '2025-09-18' });
  const kindOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.kind;

  it('when the text says "convocó este martes al encargado de negocios", then the main event is a summons on that Tuesday', () => {
    expect(r.events[0]).toMatchObject({ type: 'summons', date: '2025-09-16' });
    expect(r.events[0]?.countries).toEqual(expect.arrayContaining(['CL', 'PE']));
  });

  it('when "canciller" precedes an unknown name, then the official is a foreign minister of the adjective\'s country', () => {
    const pe = r.officials.find((o) => o.name === 'Andrés Salazar');
    expect(pe).toMatchObject({ country: 'PE' });
    expect(pe?.titles).toContain('foreign minister');
  });

  it('when countries appear as names, capitals and adjectives in masculine, feminine and plural, then each is a mention with exact offsets', () => {
    const cl = r.countries.find((c) => c.code === 'CL')?.mentions.map((m) => m.text) ?? [];
    expect(cl).toEqual(expect.arrayContaining(['Chile', 'chilenos', 'Santiago de Chile']));
    const pe = r.countries.find((c) => c.code === 'PE')?.mentions.map((m) => m.text) ?? [];
    expect(pe).toEqual(expect.arrayContaining(['Perú', 'peruano']));
    for (const c of r.countries) for (const m of c.mentions) expect(spanOf(SUMMONS, m)).toBe(m.text);
  });

  it('when a ministry summons "para protestar", then Chile opposes and Peru is the target', () => {
    const st = r.statements.find((s) => s.text.includes('para protestar'));
    expect(st).toMatchObject({ speakerCountry: 'CL', kind: 'oppose' });
    expect(st?.targets).toContain('PE');
  });

  it('when "por su parte" opens the sentence, then the Peruvian minister speaks and "espera" makes it a hope', () => {
    const st = r.statements.find((s) => s.text.includes('espera mantener el diálogo'));
    expect(st).toMatchObject({ speakerCountry: 'PE', kind: 'hope' });
    expect(kindOf('rechaza cualquier injerencia')).toBe('oppose');
  });
});

describe('Spanish report of a rupture, with a date written "16 de septiembre de 2025"', () => {
  const TEXT =
    'El Gobierno colombiano anunció el 16 de septiembre de 2025 la ruptura de relaciones diplomáticas con Israel.\n' +
    'La reunión del gabinete se celebró en Bogotá. Washington criticó la decisión y los diplomáticos israelíes abandonaron el país.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-09-20' });

  it('when a government breaks off relations "el 16 de septiembre de 2025", then the main event is a sanction on that day', () => {
    expect(r.events[0]).toMatchObject({ type: 'sanction', date: '2025-09-16' });
  });

  it('when "reunión" names a meeting, then La Réunion is not a country of the article', () => {
    expect(r.countries.map((c) => c.code)).not.toContain('RE');
  });

  it('when the capital Washington is the subject of "criticó", then the United States accuses', () => {
    expect(r.statements.find((s) => s.text.includes('criticó'))).toMatchObject({ speakerCountry: 'US', kind: 'accuse' });
  });

  it('when the government and the plural adjective name the states, then Colombia opposes Israel', () => {
    const st = r.statements.find((s) => s.text.includes('ruptura de relaciones'));
    expect(st).toMatchObject({ speakerCountry: 'CO', kind: 'oppose' });
    expect(st?.targets).toContain('IL');
    expect(r.countries.find((c) => c.code === 'IL')?.mentions.map((m) => m.text)).toContain('israelíes');
  });
});

describe('Spanish institutions as speakers: "el Gobierno de X", "la administración Trump", a ministry named again', () => {
  const TEXT =
    'El Ministerio de Asuntos Exteriores peruano anunció que convocaría al embajador boliviano.\n' +
    'Horas antes, el Gobierno de Bolivia aseguró que rechaza las acusaciones de Lima.\n' +
    'El presidente Donald Trump viajó a Florida. La administración Trump indicó que seguirá de cerca la crisis.\n' +
    '"Perú exige respeto a su soberanía", dijo el Ministerio de Asuntos Exteriores en un comunicado.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-01' });
  const of = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when "el Gobierno de Bolivia" is the subject, then Bolivia speaks (no person)', () => {
    expect(of('rechaza las acusaciones')).toMatchObject({ speaker: null, speakerCountry: 'BO' });
  });

  it('when a president\'s name qualifies "la administración", then the state speaks, not the president', () => {
    expect(of('seguirá de cerca')).toMatchObject({ speaker: null, speakerCountry: 'US' });
  });

  it('when "el Ministerio de Asuntos Exteriores" comes back without a nationality, then it is the Peruvian one named before', () => {
    expect(of('exige respeto')).toMatchObject({ speaker: null, speakerCountry: 'PE' });
  });
});

describe('Spanish coordinated subject: "Panamá y Japón anunciaron"', () => {
  const r = extract('Panamá y Japón anunciaron hoy un acuerdo para ampliar el comercio bilateral.', { language: 'es', publishedAt: '2025-03-01' });

  it('when two states joined by "y" stand before the verb, then the first one is the speaker', () => {
    expect(r.statements[0]).toMatchObject({ speaker: null, speakerCountry: 'PA' });
  });
});

describe('Spanish clauses with a subject of their own', () => {
  const TEXT =
    'El presidente Andrés Molina, de Chile, anunció sanciones contra Perú, después de que su homólogo, Tomás Ibarra, se negara a recibir a los deportados.\n' +
    'El Gobierno chileno indicó que había iniciado los vuelos, pero Ibarra ha rechazado la llegada de los aviones militares.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-01' });
  const of = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when "su homólogo, Tomás Ibarra," stands right before "se negara", then that clause is Ibarra\'s', () => {
    const st = of('se negara');
    expect(st?.text.startsWith('se negara')).toBe(true);
    expect(r.officials.find((o) => o.id === st?.speaker)?.name).toBe('Tomás Ibarra');
    expect(of('anunció sanciones')?.speaker).toBe(r.officials.find((o) => o.name === 'Andrés Molina')?.id);
  });

  it('when "pero" is followed by a new subject and a stance verb, then a new clause starts with that speaker and kind', () => {
    const st = of('Ibarra ha rechazado');
    expect(st?.text.startsWith('pero Ibarra ha rechazado')).toBe(true);
    expect(st?.kind).toBe('oppose');
    expect(r.officials.find((o) => o.id === st?.speaker)?.name).toBe('Tomás Ibarra');
    expect(of('había iniciado los vuelos')).toMatchObject({ speaker: null, speakerCountry: 'CL' });
  });
});

describe('Spanish envoy titles with the host state: "el embajador de X en Y, Nombre"', () => {
  const r = extract('El Ministerio de Exteriores convocó a la embajadora de Argentina en Uruguay, Laura Benítez, para pedir explicaciones.', { language: 'es', publishedAt: '2025-03-01' });

  it('when "en Uruguay" follows the envoy\'s state, then the name after the comma is an Argentine ambassador', () => {
    const o = r.officials.find((x) => x.name === 'Laura Benítez');
    expect(o).toMatchObject({ country: 'AR' });
    expect(o?.titles).toContain('ambassador');
  });
});

describe('Spanish summons: who summons and who is summoned', () => {
  const TEXT =
    'El Ministerio de Asuntos Exteriores chileno convocó este martes a la embajadora de Perú en Chile, Laura Benítez, para protestar por las palabras del presidente peruano Tomás Ibarra.\n' +
    'El canciller chileno, Mario Rojas, dijo que espera una rectificación.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });
  const id = (name: string) => r.officials.find((o) => o.name === name)?.id;

  it('when a ministry summons a named envoy over a president\'s words, then the participants are its foreign minister and the envoy, not the president', () => {
    expect(r.events[0]?.type).toBe('summons');
    expect([...(r.events[0]?.participants ?? [])].sort()).toEqual([id('Laura Benítez'), id('Mario Rojas')].sort());
  });
});

describe('Spanish relative clause with its own stance', () => {
  const r = extract('El canciller peruano, Tomás Ibarra, lanzó duras críticas contra el Gobierno chileno, al que el lunes acusó de violar el tratado.', { language: 'es', publishedAt: '2025-03-05' });

  it('when ", al que el lunes acusó" follows a first stance, then the relative clause is a statement of its own with its kind', () => {
    const st = r.statements.find((s) => s.text.includes('acusó de violar'));
    expect(st?.text.startsWith('al que el lunes acusó')).toBe(true);
    expect(st?.kind).toBe('accuse');
  });
});

describe('Spanish list of measures announced with a colon', () => {
  const TEXT =
    'El presidente Andrés Molina anunció sanciones contra Perú. Las medidas incluyen:\n' +
    '• Prohibición de viajar y revocación de visados a los funcionarios peruanos.\n' +
    '• Controles reforzados en los pasos fronterizos.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });
  const molina = r.officials.find((o) => o.name === 'Andrés Molina')?.id;

  it('when bullet lines follow "incluyen:", then each item is one statement of the announcing president, with or without a cue', () => {
    const first = r.statements.find((s) => s.text.includes('Prohibición de viajar'));
    expect(first).toMatchObject({ speaker: molina, kind: 'oppose' });
    expect(first?.text).toContain('revocación de visados');
    expect(r.statements.find((s) => s.text.includes('Controles reforzados'))?.speaker).toBe(molina);
  });
});

describe('Spanish series of reported clauses: "reconoce que A, que B y que C"', () => {
  const r = extract('El Gobierno de Panamá reconoce que el canal es neutral, que su administración es soberana y que los buques de todas las naciones pueden transitar.', { language: 'es', publishedAt: '2025-03-05' });

  it('when "que" clauses are chained by a comma and "y que", then each is a statement of the same speaker', () => {
    const texts = r.statements.map((s) => s.text);
    expect(texts.some((t) => t.startsWith('que su administración es soberana'))).toBe(true);
    expect(texts.some((t) => t.startsWith('y que los buques'))).toBe(true);
    for (const s of r.statements) expect(s).toMatchObject({ speaker: null, speakerCountry: 'PA' });
  });

  it('when the series hangs on a stance verb ("reconoce que"), then every clause of it takes that kind', () => {
    for (const s of r.statements) expect(s.kind).toBe('support');
  });
});

describe('Spanish communiqué as the subject of a reporting verb', () => {
  const TEXT =
    'La presidenta paraguaya, Rosa Méndez, anunció el acuerdo con Uruguay.\n' +
    'El comunicado indica que ambos gobiernos trabajarán en un plan común.\n' +
    'Según el texto, Paraguay rechaza cualquier injerencia externa.\n' +
    'Los dos países respetarán los principios de no injerencia y no agresión, dice el comunicado.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });
  const of = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when "el comunicado indica" follows a president\'s announcement, then her state speaks, not the president', () => {
    expect(of('plan común')).toMatchObject({ speaker: null, speakerCountry: 'PY' });
  });

  it('when "según el texto" opens the sentence, then the state of the document speaks', () => {
    expect(of('rechaza cualquier injerencia')).toMatchObject({ speaker: null, speakerCountry: 'PY', kind: 'oppose' });
  });

  it('when "no injerencia" names a principle, then it is no accusation and does not split the clause', () => {
    const st = of('principios de no injerencia');
    expect(st?.kind).not.toBe('accuse');
    expect(st?.text).toContain('no agresión');
  });
});

describe('Spanish sentences that look attributed but are not', () => {
  const TEXT =
    'El canciller peruano, Tomás Ibarra, aseguró que Lima rechaza las sanciones de Chile.\n' +
    'El anuncio de Ibarra se suma a la medida que entrará en vigor el lunes.\n' +
    'Será la segunda vez este año que el canciller peruano convoca al embajador chileno para protestar.\n' +
    'El Gobierno chileno cerró su consulado en Lima como represalia, según informes de medios locales.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });
  const of = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when "anuncio" is a noun ("El anuncio de Ibarra"), then it is no reporting verb and the sentence is no statement', () => {
    expect(of('entrará en vigor')).toBeUndefined();
  });

  it('when the journalist notes "Será la segunda vez que ...", then the sentence is background, no statement', () => {
    expect(of('convoca al embajador')).toBeUndefined();
  });

  it('when "según informes de medios" is the source, then no state speaks', () => {
    expect(of('cerró su consulado')).toBeUndefined();
    expect(of('rechaza las sanciones')).toMatchObject({ speakerCountry: 'PE', kind: 'oppose' });
  });
});

describe('Spanish "sin embargo" set off by commas inside a sentence', () => {
  const r = extract('El canciller chileno, Andrés Molina, criticó la medida de Perú.\nEl canciller chileno, sin embargo, reiteró que la posición de su país es clara.', { language: 'es', publishedAt: '2025-03-05' });

  it('when ", sin embargo," stands between the subject and the verb, then the subject is no clause of its own', () => {
    expect(r.statements.some((s) => s.text.trim() === 'El canciller chileno')).toBe(false);
    expect(r.statements.find((s) => s.text.includes('reiteró que la posición'))?.text).toMatch(/^El canciller chileno, sin embargo/);
  });
});

describe('Spanish announced summons and relative clauses with a reporting verb', () => {
  const TEXT =
    'El Ministerio de Asuntos Exteriores de Chile anunció que convocará al embajador de Perú para protestar por las palabras del canciller peruano, Tomás Ibarra.\n' +
    'El canciller peruano lanzó duras críticas contra el Gobierno chileno, al que acusó de violar el tratado, que considera una vergüenza para la región.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });

  it('when a ministry announces that it "convocará" an envoy, then the statement is a threat', () => {
    expect(r.statements.find((s) => s.text.includes('convocará al embajador'))).toMatchObject({ speakerCountry: 'CL', kind: 'threaten' });
  });

  it('when ", que considera" opens a relative clause with a reporting verb, then it is a statement of its own of the same speaker', () => {
    const st = r.statements.find((s) => s.text.includes('vergüenza'));
    expect(st?.text.startsWith('que considera una vergüenza')).toBe(true);
    expect(st).toMatchObject({ speakerCountry: 'PE', kind: 'accuse' });
  });
});

describe('Spanish connectives and "according to" that are no stance', () => {
  const TEXT =
    'El canciller chileno, Andrés Molina, dijo que el diálogo con Perú es importante.\n' +
    'Sin embargo, el Gobierno peruano no respondió a la propuesta.\n' +
    'De acuerdo con fuentes del Gobierno chileno, la llamada duró diez minutos.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });

  it('when "Sin embargo" opens a sentence, then it is no embargo: the main event is no sanction', () => {
    expect(r.events[0]?.type).not.toBe('sanction');
    expect(r.topics.map((t) => t.id)).not.toContain('sanctions');
  });

  it('when "De acuerdo con" means "according to", then the clause is no agreement', () => {
    expect(r.statements.find((s) => s.text.includes('duró diez minutos'))?.kind).not.toBe('agree');
  });
});

describe('Spanish compound tenses, names with particles and the agenda of a meeting', () => {
  const TEXT =
    'Carla van Dijk, ministra de Relaciones Exteriores de Chile, ha pedido calma a la oposición.\n' +
    'Los cancilleres de Chile y Uruguay sostuvieron una conversación telefónica y abordaron los principales temas de la agenda bilateral, informó la Cancillería chilena.\n' +
    'Los funcionarios se congratularon por el aniversario de las relaciones diplomáticas, remarcó el Ministerio de Relaciones Exteriores de Chile.\n' +
    'Van Dijk señaló que Chile no acepta presiones de ningún país.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });
  const of = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when a name with a lower-case particle stands before its title ("Carla van Dijk, ministra de ..."), then it is one official, not two', () => {
    const cl = r.officials.filter((o) => o.country === 'CL');
    expect(cl).toHaveLength(1);
    expect(cl[0]?.name).toBe('Carla van Dijk');
    expect(cl[0]?.titles).toContain('foreign minister');
  });

  it('when the verb is in the perfect ("ha pedido"), then the minister asks: an urge', () => {
    expect(of('ha pedido calma')).toMatchObject({ speaker: r.officials[0]?.id, kind: 'urge' });
  });

  it('when the ministers "abordaron" the agenda, then that is no statement', () => {
    expect(of('abordaron los principales temas')).toBeUndefined();
  });

  it('when both ministers "se congratularon", reported by Chile, then the Chilean minister thanks', () => {
    expect(of('se congratularon')).toMatchObject({ speaker: r.officials[0]?.id, kind: 'thank' });
  });

  it('when acceptance is negated ("no acepta presiones"), then it is opposition, not agreement', () => {
    expect(of('no acepta presiones')?.kind).toBe('oppose');
  });
});

describe('Spanish objects of a preposition and institutions with their acronym', () => {
  const TEXT =
    'La canciller chilena, Carla Rojas, habló por teléfono con su homólogo peruano, Tomás Ibarra.\n' +
    'Respecto a la llamada que Rojas mantuvo con Ibarra, explicó este martes que fue una conversación muy amistosa.\n' +
    'El Ministerio de Relaciones Exteriores (Minex) de Guatemala informó que rechaza las acusaciones de Perú.';
  const r = extract(TEXT, { language: 'es', publishedAt: '2025-03-05' });
  const of = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when the nearest name before the verb follows "con" ("mantuvo con Ibarra, explicó"), then that person is an object, not the speaker', () => {
    expect(of('muy amistosa')).toMatchObject({ speakerCountry: 'CL', kind: 'support' });
  });

  it('when the acronym in brackets stands between the ministry and its state, then that state speaks', () => {
    expect(of('rechaza las acusaciones')).toMatchObject({ speaker: null, speakerCountry: 'GT', kind: 'oppose' });
  });
});
