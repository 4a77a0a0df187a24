// French forms met in real reports outside the shared corpus: a summons told in the passive, the day between
// an inverted verb and its subject, an attribution followed by an apposition, honorifics opening an apposition,
// an envoy "à Paris", and stance words of French diplomatic prose. Sentences written for these tests; the
// officials in them are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const opts = { language: 'fr', publishedAt: '2025-03-14' } as const;
const find = (r: ReturnType<typeof extract>, anchor: string) => r.statements.find((s) => s.text.includes(anchor));

describe('French summons and inverted attributions', () => {
  it('when the ambassador "est convoqué" and a minister announces it after a comma, then the minister speaks and the summons is a protest', () => {
    const text = "L'ambassadeur d'Iran en Belgique est convoqué vendredi au ministère belge des Affaires étrangères, a annoncé le ministre belge des Affaires étrangères, Luc Vandermeulen, rejoignant plusieurs pays voisins.";
    const r = extract(text, opts);
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'BE', kind: 'oppose' });
    expect(r.officials.find((o) => o.id === r.statements[0]?.speaker)?.name).toBe('Luc Vandermeulen');
    expect(r.events[0]).toMatchObject({ type: 'summons' });
  });

  it('when a weekday stands between the inverted verb and its subject (", a souligné dimanche le ministère"), then that subject speaks', () => {
    const text = "Le Portugal a convoqué l'ambassadeur du Brésil à Lisbonne. « Ces propos sont inacceptables », a souligné dimanche le ministère portugais des Affaires étrangères.";
    const r = extract(text, opts);
    const st = find(r, 'Ces propos sont inacceptables');
    expect(st).toMatchObject({ speaker: null, speakerCountry: 'PT', kind: 'oppose' });
    expect(find(r, "a convoqué l'ambassadeur")).toMatchObject({ speakerCountry: 'PT', kind: 'oppose' });
  });

  it('when the attribution is followed by an apposition and a participle, then it is no statement of its own', () => {
    const text = "Le Canada va imposer de nouvelles mesures, a annoncé mardi la ministre canadienne des Affaires étrangères, Claire Dubuisson, depuis Ottawa, reprenant une annonce faite la veille par plusieurs partenaires européens.";
    const r = extract(text, opts);
    expect(r.statements).toHaveLength(1);
    expect(r.officials.find((o) => o.id === r.statements[0]?.speaker)?.name).toBe('Claire Dubuisson');
  });
});

describe('French participle on a person and a ministry closing a quotation', () => {
  const text = "La Suède a convoqué lundi l'ambassadeur iranien à Stockholm Ali Karimi après ses propos visant le Premier ministre suédois Lars Berg, accusé par le diplomate de « mépris » envers les musulmans.\n\n" +
    "« Ces allégations sont inacceptables », a souligné dimanche le ministère des Affaires étrangères.";
  const r = extract(text, opts);
  it('when "X, accusé par le diplomate de …" follows the summons, then Sweden still summons and the accusation is a clause of its own', () => {
    expect(find(r, "a convoqué lundi")).toMatchObject({ speaker: null, speakerCountry: 'SE', kind: 'oppose' });
    expect(find(r, 'accusé par le diplomate')?.kind).toBe('accuse');
  });
  it('when a bare "le ministère des Affaires étrangères" closes a quotation, then it is the state that was speaking', () => {
    expect(find(r, 'Ces allégations')).toMatchObject({ speaker: null, speakerCountry: 'SE', kind: 'oppose' });
  });
});

describe('French quotation with words left out', () => {
  it('when "(…)" stands inside a quotation before "que", then the quotation stays one statement with the stance that follows', () => {
    const text = "La ministre des Affaires étrangères irlandaise, Siobhan Byrne, a précisé : « Nous allons lui dire (…) que nous ne nous laisserons pas intimider ».";
    const r = extract(text, opts);
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]?.kind).toBe('oppose');
  });
});

describe('French names after honorifics and host capitals', () => {
  it('when "Son Excellence Monsieur" opens the apposition after "son homologue", then the name is an official of that country', () => {
    const text = "Le ministre malien Issa Coulibaly a été reçu par son homologue qatari, Son Excellence Monsieur Khalid Al-Mansouri avec qui il a échangé sur la coopération.";
    const r = extract(text, opts);
    expect(r.officials.find((o) => o.name === 'Khalid Al-Mansouri')).toMatchObject({ country: 'QA' });
  });

  it('when an envoy is placed by the capital he serves in ("l\'ambassadeur américain à Paris X"), then X is the American envoy', () => {
    const text = "La France a convoqué l'ambassadeur américain à Paris Robert Hallward après ses propos jugés inacceptables.";
    const r = extract(text, opts);
    expect(r.officials.find((o) => o.name === 'Robert Hallward')).toMatchObject({ country: 'US' });
    expect(r.events[0]?.participants).toContain(r.officials.find((o) => o.name === 'Robert Hallward')?.id);
  });
});

describe('French title in apposition to a known name', () => {
  it('when a title with its adjective after it is followed by a comma and a gazetteer name, then a later bare "la ministre" names her', () => {
    const text = "La ministre des Affaires étrangères française, Catherine Colonna, s'est rendue mardi à Kiev.\n\n" +
      "La ministre considère que « la Russie est de plus en plus isolée » et assure que « personne ne l'a soutenue ».";
    const r = extract(text, { language: 'fr', publishedAt: '2022-09-27' });
    const colonna = r.officials.find((o) => o.name === 'Catherine Colonna');
    expect(colonna?.titles).toContain('foreign minister');
    const said = r.statements.filter((s) => s.speaker === colonna?.id);
    expect(said.map((s) => s.text)).toEqual([expect.stringContaining('de plus en plus isolée'), expect.stringContaining('personne ne')]);
  });
});

describe('French joint statements with no one reporting them', () => {
  it('when "les deux diplomates" stress something and no source is named, then the lead official of the report speaks', () => {
    const text = "Le ministre norvégien des Affaires étrangères, Lars Holmvik, s'est entretenu par téléphone avec son homologue kényan, Peter Ochieng. " +
      "Les deux diplomates ont souligné la nécessité d'intensifier les efforts pour un cessez-le-feu au Soudan.";
    const r = extract(text, opts);
    const st = find(r, 'la nécessité');
    expect(st).toMatchObject({ speakerCountry: 'NO', kind: 'urge' });
    expect(r.officials.find((o) => o.id === st?.speaker)?.name).toBe('Lars Holmvik');
  });
});

describe('French agenda and regional words', () => {
  it('when a ministry says two ministers had a phone conversation about a subject, then that is the event, no statement', () => {
    const text = "Le chef de la diplomatie suédoise, Erik Lindqvist, et son homologue chilien Pablo Rojas ont eu lundi une conversation téléphonique au sujet de la coopération polaire, a déclaré le ministère suédois des Affaires étrangères dans un communiqué.";
    const r = extract(text, opts);
    expect(r.events[0]).toMatchObject({ type: 'phone_call' });
    expect(r.statements).toHaveLength(0);
  });

  it('when "plusieurs autres pays européens" follow a summons, then the European Union is no actor of the article', () => {
    const text = "Le ministre danois des Affaires étrangères, Mads Kristensen, a annoncé la convocation de l'ambassadeur de Russie, emboîtant le pas à plusieurs autres pays européens.";
    const r = extract(text, opts);
    expect(r.countries.map((c) => c.code)).not.toContain('EU');
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'DK', kind: 'oppose' });
  });
});

describe('French gazetteer name spelt otherwise before a title', () => {
  it('when "Cheikh Nawaf Al-Ahmad AL Jaber AL-SABAH, Emir de l\'Etat du Koweit" receives a minister, then the emir is one person, the gazetteer\'s', () => {
    const text = "Le ministre ivoirien Yao Kouassi a été reçu ce lundi par Son Altesse Cheikh Nawaf Al-Ahmad AL Jaber AL-SABAH, Emir de l'Etat du Koweit.";
    const r = extract(text, { language: 'fr', publishedAt: '2021-03-02' });
    const kw = r.officials.filter((o) => o.country === 'KW' || o.country === null);
    expect(kw.map((o) => o.id)).toEqual(['nawaf-al-ahmad-al-jaber-al-sabah']);
  });
});

describe('French counterpart without a name', () => {
  it('when a president has a working lunch "avec son homologue français" named later, then both are participants of the meeting', () => {
    const text = "Le président ghanéen, Kwame Mensah, a eu un déjeuner de travail avec son homologue français, ce mercredi 12 mars 2025, à Paris.\n" +
      "Il a été accueilli par le président de la République française, Étienne Laurent.";
    const r = extract(text, opts);
    const ids = ['Kwame Mensah', 'Étienne Laurent'].map((n) => r.officials.find((o) => o.name === n)?.id);
    expect(r.events[0]).toMatchObject({ type: 'meeting', date: '2025-03-12' });
    expect(r.events[0]?.participants).toEqual(expect.arrayContaining(ids));
  });
});

describe('French visit announced as to come', () => {
  it('when the report says the president "effectuera une visite d\'État vendredi", then the visit is dated to the coming Friday', () => {
    const text = "Le président portugais Rui Tavares effectuera une visite d'État de quelques heures à Dakar vendredi, annonce un communiqué officiel de la présidence sénégalaise.";
    const r = extract(text, { language: 'fr', publishedAt: '2025-03-12' });
    expect(r.events[0]).toMatchObject({ type: 'visit', date: '2025-03-14' });
    expect(r.statements[0]).toMatchObject({ speaker: null, speakerCountry: 'SN' });
  });

  it('when a visit was made ("s\'est rendu vendredi"), then the past Friday stays the day', () => {
    const r = extract("Le président portugais Rui Tavares s'est rendu vendredi à Dakar.", { language: 'fr', publishedAt: '2025-03-12' });
    expect(r.events[0]).toMatchObject({ type: 'visit', date: '2025-03-07' });
  });
});

describe('French agenda topics', () => {
  it('when the two ministers "ont abordé" a crisis in a sentence of its own, then the article is about that conflict, with no statement', () => {
    const text = "Le ministre grec des Affaires étrangères, Nikos Pappas, s'est entretenu lundi par téléphone avec son homologue égyptien, Karim Mansour.\n\n" +
      "Lors de cet entretien, les deux responsables ont abordé la crise au Soudan et la guerre civile qui ravage le pays.";
    const r = extract(text, opts);
    expect(r.topics.map((t) => t.id)).toContain('conflict');
    expect(r.statements).toHaveLength(0);
  });

  it('when the journalist recalls what an earlier call discussed ("Rappelons que …"), then that agenda is not the article\'s', () => {
    const text = "Le ministre grec des Affaires étrangères, Nikos Pappas, s'est entretenu lundi par téléphone avec son homologue égyptien, Karim Mansour.\n\n" +
      "Rappelons que leur dernier échange remonte à l'été. Les deux ministres avaient alors abordé la situation sécuritaire dans la région.";
    const r = extract(text, opts);
    expect(r.topics.map((t) => t.id.split('.')[0])).not.toContain('security');
  });
});

describe('French stance words', () => {
  const text =
    "La ministre néerlandaise des Affaires étrangères, Anna de Wit, a déclaré que cette attaque est très grave. " +
    "Elle a affirmé la volonté de son pays de coopérer avec l'Ukraine. " +
    "Elle a ajouté que ces référendums sont illégaux et visent à violer la charte des Nations unies. " +
    "Sa position est largement partagée par son homologue belge. " +
    "Elle a dit que ces propos vont à l'encontre du droit international.";
  const r = extract(text, opts);
  it('when "très grave", "la volonté de", "illégaux" and "partagée par" carry the clauses, then the kinds are concern, commit, oppose and agree', () => {
    expect(find(r, 'très grave')?.kind).toBe('concern');
    expect(find(r, 'la volonté de son pays')?.kind).toBe('commit');
    expect(find(r, 'sont illégaux')?.kind).toBe('oppose');
    expect(find(r, 'partagée par')?.kind).toBe('agree');
    expect(r.topics.map((t) => t.id)).toContain('multilateralism');
    expect(find(r, "vont à l'encontre")?.kind).toBe('accuse');
  });
});
