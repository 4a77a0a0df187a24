// French through the whole extraction: what a reader of an AFP, APS or MAP readout would expect to
// come out. The sentences are written for these tests; the officials in them are fictional.
import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const CALL =
  "Le ministre sénégalais des Affaires étrangères Ousmane Sarr s'est entretenu mardi par téléphone avec son homologue marocaine Leïla Bennani.\n" +
  "M. Sarr a déclaré que le Sénégal soutient fermement l'intégrité territoriale du Maroc. Dakar est prête à renforcer les échanges commerciaux entre les deux pays.\n" +
  "De son côté, la ministre marocaine a exprimé sa gratitude aux autorités sénégalaises et a souligné que Rabat s'oppose à toute ingérence dans les affaires intérieures des États africains.\n" +
  "Elle a ajouté qu'elle espère que la réunion de l'Union africaine permettra d'apaiser les tensions.";

describe('French readout of a phone call', () => {
  const r = extract(CALL, { language: 'fr', publishedAt: '2025-06-12' });
  const kindOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.kind;

  it('when the text says "s\'est entretenu mardi par téléphone", then the main event is a phone call on that Tuesday', () => {
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2025-06-10' });
    expect(r.events[0]?.countries).toEqual(expect.arrayContaining(['SN', 'MA']));
  });

  it('when an adjective stands inside the title ("ministre sénégalais des Affaires étrangères"), then the unknown official gets the country and the role', () => {
    const sn = r.officials.find((o) => o.name === 'Ousmane Sarr');
    expect(sn).toMatchObject({ country: 'SN' });
    expect(sn?.titles).toContain('foreign minister');
    expect(r.officials.find((o) => o.name === 'Leïla Bennani')).toMatchObject({ country: 'MA' });
  });

  it('when countries appear as adjectives of both genders and numbers, names and capitals, then every form is a mention with exact offsets', () => {
    const sn = r.countries.find((c) => c.code === 'SN')?.mentions.map((m) => m.text) ?? [];
    expect(sn).toEqual(expect.arrayContaining(['sénégalais', 'Sénégal', 'Dakar', 'sénégalaises']));
    const ma = r.countries.find((c) => c.code === 'MA')?.mentions.map((m) => m.text) ?? [];
    expect(ma).toEqual(expect.arrayContaining(['marocaine', 'Maroc', 'Rabat']));
    for (const c of r.countries) for (const m of c.mentions) expect(spanOf(CALL, m)).toBe(m.text);
  });

  it('when a meeting is called "la réunion", then the island of La Réunion is not a country of the article', () => {
    expect(r.countries.map((c) => c.code)).not.toContain('RE');
  });

  it('when soutient, est prête à, a exprimé sa gratitude, s\'oppose and espère carry the clauses, then the kinds are support, commit, thank, oppose and hope', () => {
    expect(kindOf('soutient fermement')).toBe('support');
    expect(kindOf('est prête à renforcer')).toBe('commit');
    expect(kindOf('exprimé sa gratitude')).toBe('thank');
    expect(kindOf("s'oppose à toute ingérence")).toBe('oppose');
    expect(kindOf('elle espère')).toBe('hope');
  });

  it('when "de son côté" opens the sentence, then the Moroccan minister speaks it, not the Senegalese one', () => {
    const st = r.statements.find((s) => s.text.includes('exprimé sa gratitude'));
    expect(st?.speakerCountry).toBe('MA');
  });

  it('when sovereignty and trade words appear, then the article has those topics', () => {
    const ids = r.topics.map((t) => t.id.split('.')[0]);
    expect(ids).toEqual(expect.arrayContaining(['sovereignty', 'trade']));
  });
});

describe('French report of a diplomatic rupture', () => {
  const TEXT =
    "Le Mali a annoncé le 3 février 2025 la rupture de ses relations diplomatiques avec la Côte d'Ivoire.\n" +
    "Bamako a accusé Abidjan d'ingérence et a donné 72 heures aux diplomates ivoiriens pour quitter le territoire, selon un communiqué du gouvernement malien.";
  const r = extract(TEXT, { language: 'fr', publishedAt: '2025-02-04' });

  it('when a state breaks off relations, then the main event is a sanction dated from the text', () => {
    expect(r.events[0]).toMatchObject({ type: 'sanction', date: '2025-02-03' });
  });

  it('when capitals stand for their states ("Bamako a accusé Abidjan"), then Mali speaks and Côte d\'Ivoire is the target', () => {
    const st = r.statements.find((s) => s.text.includes('a accusé'));
    expect(st).toMatchObject({ speakerCountry: 'ML', kind: 'accuse' });
    expect(st?.targets).toContain('CI');
  });

  it('when a state announces the rupture, then that clause is an opposing statement of the state', () => {
    const st = r.statements.find((s) => s.text.includes('rupture de ses relations'));
    expect(st).toMatchObject({ speaker: null, speakerCountry: 'ML', kind: 'oppose' });
  });
});

describe('French attribution: who reports, who is only named, what is background', () => {
  const speakerOf = (r: ReturnType<typeof extract>, anchor: string) => {
    const st = r.statements.find((s) => s.text.includes(anchor));
    return st ? { person: st.speaker, country: st.speakerCountry } : null;
  };
  const who = (r: ReturnType<typeof extract>, id: string | null) => (id ? r.officials.find((o) => o.id === id)?.name : null);

  it('when a person stands after "au" ("une lettre adressée au président gabonais Léon Ndong"), then that person is the addressee, not the speaker', () => {
    const r = extract(
      "Le président sénégalais Ousmane Diallo a écrit lundi au président gabonais Léon Ndong.\n" +
        "La lettre d'Ousmane Diallo, adressée au président gabonais Léon Ndong, affirme que le Sénégal soutient le Gabon dans ses réformes.",
      { language: 'fr', publishedAt: '2025-03-11' },
    );
    const sp = speakerOf(r, 'soutient le Gabon');
    expect(sp?.country).toBe('SN');
    expect(who(r, sp?.person ?? null)).toBe('Ousmane Diallo');
  });

  it('when the press reports it (", a rapporté la presse locale"), then it is no statement of a state', () => {
    const r = extract(
      "Le président sénégalais Ousmane Diallo soutient le plan de paix régional, a rapporté la presse locale.",
      { language: 'fr', publishedAt: '2025-03-11' },
    );
    expect(r.statements.filter((s) => s.text.includes('plan de paix'))).toEqual([]);
  });

  it('when "selon l\'Élysée" opens the sentence, then France speaks even though a French person was named just before', () => {
    const r = extract(
      "Le président français Emmanuel Macron a été testé positif jeudi.\nSelon l'Élysée, il présente un état de santé stable.",
      { language: 'fr', publishedAt: '2020-12-19' },
    );
    expect(speakerOf(r, 'état de santé stable')).toEqual({ person: null, country: 'FR' });
  });

  it('when both presidents act and "précise la même source" closes the sentence, then the earlier source speaks again', () => {
    const r = extract(
      "Selon la présidence sénégalaise, l'entretien a porté sur la coopération.\n" +
        "Les deux présidents se sont souhaité mutuellement un prompt rétablissement, précise la même source.",
      { language: 'fr', publishedAt: '2025-03-11' },
    );
    expect(speakerOf(r, 'prompt rétablissement')).toEqual({ person: null, country: 'SN' });
  });

  it('when the journalist recalls background ("Pour rappel", "Il convient de rappeler que"), then neither that sentence nor a pronoun after it is a statement', () => {
    const r = extract(
      "Le ministre gabonais des Affaires étrangères Paul Mba a dénoncé l'ingérence étrangère.\n" +
        "Il convient de rappeler que le territoire fait l'objet d'un conflit ancien. D'une part il est contrôlé par l'armée, d'autre part il est revendiqué par des rebelles qui réclament un référendum.\n" +
        "Le ministre avait annoncé, pour rappel, un plan de sortie de crise.",
      { language: 'fr', publishedAt: '2025-03-11' },
    );
    expect(r.statements.map((s) => s.text)).toEqual([expect.stringContaining("dénoncé l'ingérence")]);
  });

  it('when a title follows a ministry ("le ministère gabonais des Affaires étrangères"), then the ministry, not a person, is the subject of the sentence', () => {
    const r = extract(
      "Le président gabonais Léon Ndong a reçu l'ambassadeur sénégalais.\n" +
        "Le ministère gabonais des Affaires étrangères a donné à tous les diplomates sénégalais 48 heures pour quitter le pays.",
      { language: 'fr', publishedAt: '2025-03-11' },
    );
    expect(speakerOf(r, '48 heures')).toEqual({ person: null, country: 'GA' });
  });

  it('when a web address spells words of the story ("le-senegal-decide-de-rompre"), then they are no statement and no mention', () => {
    const TEXT = 'Source https://exemple.sn/le-senegal-decide-de-rompre-ses-relations-avec-le-gabon.html\nLe Sénégal a annoncé la rupture de ses relations avec le Gabon.';
    const r = extract(TEXT, { language: 'fr', publishedAt: '2025-03-11' });
    expect(r.statements.map((s) => s.text)).toEqual([expect.stringContaining('Le Sénégal a annoncé')]);
    for (const c of r.countries) for (const m of c.mentions) expect(m.start).toBeGreaterThan(TEXT.indexOf('\n'));
  });
});

describe('French agenda of a meeting', () => {
  it('when a readout says what the presidents discussed ("ont également évoqué"), then that clause is no statement but its topic is the article\'s', () => {
    const r = extract(
      "Le président sénégalais Ousmane Diallo s'est entretenu mardi par téléphone avec son homologue gabonais Léon Ndong.\n" +
        "Les deux présidents ont également évoqué les échanges commerciaux entre les deux pays, indique la présidence sénégalaise.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(r.statements.filter((s) => s.text.includes('échanges commerciaux'))).toEqual([]);
    expect(r.topics.map((t) => t.id.split('.')[0])).toContain('trade');
  });
});

describe('French clauses: second predicates, noun lists, "ainsi que"', () => {
  const texts = (r: ReturnType<typeof extract>) => r.statements.map((s) => s.text);

  it('when one subject does two things ("a annoncé la rupture ... et a donné 72 heures ... pour quitter"), then each is a statement of its own kind', () => {
    const r = extract(
      "Le Gabon a annoncé mercredi la rupture de ses relations diplomatiques avec le Tchad et a donné 72 heures aux diplomates tchadiens pour quitter le pays.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(texts(r)).toEqual([expect.stringContaining('la rupture'), expect.stringMatching(/^et a donné 72 heures/)]);
    expect(r.statements.map((s) => s.kind)).toEqual(['oppose', 'threaten']);
    expect(r.statements.every((s) => s.speakerCountry === 'GA')).toBe(true);
  });

  it('when an accusation has two complements ("accusé X de ... et de ...") and lists nouns ("mensonges et manipulations"), then it splits at "et de", not inside the list', () => {
    const r = extract(
      "Libreville a accusé N'Djamena de soutenir les rebelles et de mener une campagne de mensonges et manipulations contre le Gabon.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(texts(r)).toEqual([expect.stringContaining('soutenir les rebelles'), expect.stringMatching(/^et de mener une campagne de mensonges et manipulations contre le Gabon/)]);
  });

  it('when "ainsi que" joins two nouns after "ajoute que", then it does not open a second reported clause', () => {
    const r = extract(
      "Le président sénégalais Ousmane Diallo s'est entretenu mardi par téléphone avec son homologue gabonais Léon Ndong.\n" +
        "La présidence sénégalaise ajoute que les relations bilatérales ainsi que les questions régionales ont été évoquées.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(r.statements.filter((s) => s.text.includes('relations bilatérales'))).toEqual([]);
  });
});

describe('French: what both leaders did, reported by one side', () => {
  it('when "les deux présidents" act and the Senegalese presidency reports it, then the Senegalese president speaks', () => {
    const r = extract(
      "Le président sénégalais Ousmane Diallo s'est entretenu mardi par téléphone avec son homologue gabonais Léon Ndong, selon la présidence sénégalaise.\n" +
        "Les deux présidents ont convenu de se revoir prochainement, précise la même source.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    const st = r.statements.find((s) => s.text.includes('se revoir'));
    expect(st).toMatchObject({ speakerCountry: 'SN', kind: 'agree' });
    expect(r.officials.find((o) => o.id === st?.speaker)?.name).toBe('Ousmane Diallo');
  });

  it('when "les deux pays" act, then the reporting state itself speaks, not its president', () => {
    const r = extract(
      "Le président sénégalais Ousmane Diallo s'est entretenu mardi par téléphone avec son homologue gabonais Léon Ndong, selon la présidence sénégalaise.\n" +
        "Les deux pays ont convenu de renforcer leur coopération, précise la même source.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(r.statements.find((s) => s.text.includes('renforcer leur coopération'))).toMatchObject({ speaker: null, speakerCountry: 'SN' });
  });
});

describe('French: the place of a war is no party', () => {
  it('when a rupture is set "dans un contexte de tensions autour du conflit en Centrafrique", then the Central African Republic is not a country of the article', () => {
    const r = extract(
      "Le Gabon a annoncé mercredi la rupture de ses relations diplomatiques avec le Tchad, dans un contexte de tensions autour du conflit en Centrafrique.\n" +
        "Libreville accuse N'Djamena d'avoir pris parti pour Bangui depuis le début des combats.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(r.countries.map((c) => c.code).sort()).toEqual(['GA', 'TD']);
    expect(r.events[0]?.countries).not.toContain('CF');
  });

  it('when the same state is named as a party ("a accusé la Centrafrique"), then it stays a country of the article', () => {
    const r = extract(
      "Le Gabon a accusé la Centrafrique de soutenir les rebelles, dans un contexte de tensions autour de la guerre en Centrafrique.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(r.countries.map((c) => c.code)).toContain('CF');
  });
});

describe('French attribution after the verb: "a affirmé le ministre", "indique un communiqué du ministère"', () => {
  const speakerOf = (r: ReturnType<typeof extract>, anchor: string) => {
    const st = r.statements.find((s) => s.text.includes(anchor));
    return st ? { person: st.speaker ? r.officials.find((o) => o.id === st.speaker)?.name ?? st.speaker : null, country: st.speakerCountry } : null;
  };

  it('when a quotation closes with "a affirmé le ministre", then the minister introduced as "chef de la diplomatie" speaks', () => {
    const r = extract(
      "Le chef de la diplomatie gabonaise, Paul Mba, a reçu mardi l'ambassadeur du Tchad.\n" +
        "« Le Gabon rejette toute ingérence dans ses affaires intérieures », a affirmé le ministre, qui s'exprimait devant la presse.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(speakerOf(r, 'rejette toute ingérence')).toEqual({ person: 'Paul Mba', country: 'GA' });
  });

  it('when "a déclaré les diplomates tchadiens persona non grata" is followed by ", a indiqué le ministre ..., X", then X speaks, not the diplomats', () => {
    const r = extract(
      "Le Tchad a rappelé son ambassadeur au Gabon.\n" +
        "En réaction, le Gabon a déclaré les diplomates tchadiens persona non grata, a indiqué le ministre gabonais des Affaires étrangères, Paul Mba.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(speakerOf(r, 'persona non grata')).toEqual({ person: 'Paul Mba', country: 'GA' });
  });

  it('when ", indique un communiqué du ministère gabonais des Affaires étrangères" closes the sentence, then Gabon speaks, not the French minister named before', () => {
    const r = extract(
      "Le ministre français des Affaires étrangères Jean Dupuis a appelé au calme.\n" +
        "Le Gabon, qui accuse le Tchad de soutenir les rebelles, a rappelé son ambassadeur, indique un communiqué du ministère gabonais des Affaires étrangères.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(speakerOf(r, 'rappelé son ambassadeur')).toEqual({ person: null, country: 'GA' });
  });

  it('when "le porte-parole du Quai d\'Orsay" speaks, then France speaks through its ministry, not the French foreign minister named elsewhere', () => {
    const r = extract(
      "Le porte-parole du Quai d'Orsay a estimé que la France souhaitait apaiser les tensions.\n" +
        "Le ministre français des Affaires étrangères Jean Dupuis a appelé au calme.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(speakerOf(r, 'apaiser les tensions')).toEqual({ person: null, country: 'FR' });
  });

  it('when the Chinese vice-minister Le Yucheng is named, then the French article "le" never stands for him', () => {
    const r = extract(
      "Le vice-ministre chinois des Affaires étrangères Le Yucheng a reçu l'ambassadeur du Gabon.\n" +
        "Le chef de la diplomatie gabonaise, Paul Mba, a déclaré que le Gabon soutient le développement des échanges.",
      { language: 'fr', publishedAt: '2021-03-12' },
    );
    expect(speakerOf(r, 'soutient le développement')).toEqual({ person: 'Paul Mba', country: 'GA' });
    const le = r.officials.find((o) => o.id === 'le-yucheng');
    expect(le?.mentions.every((m) => m.text !== 'Le' && m.text !== 'le')).toBe(true);
  });
});

describe('French subjects before an auxiliary and generic titles', () => {
  const speakerOf = (r: ReturnType<typeof extract>, anchor: string) => {
    const st = r.statements.find((s) => s.text.includes(anchor));
    return st ? { person: st.speaker, country: st.speakerCountry } : null;
  };

  it('when a capital or a seat opens the sentence before "a" + participle ("Moscou a accusé", "Le Kremlin a salué"), then that state speaks', () => {
    const r = extract(
      "Le président gabonais Léon Ndong a reçu l'ambassadeur du Tchad.\n" +
        "Le Kremlin a salué ce rapprochement.\nMoscou a accusé Kiev de saboter les négociations.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(speakerOf(r, 'ce rapprochement')).toEqual({ person: null, country: 'RU' });
    expect(speakerOf(r, 'saboter')).toEqual({ person: null, country: 'RU' });
  });

  it('when "le ministre algérien de l\'Énergie" speaks in an article naming only the Algerian president, then Algeria speaks, not its president', () => {
    const r = extract(
      "Le président algérien Abdelmadjid Tebboune a reçu lundi le président gabonais.\n" +
        "Le ministre algérien de l'Énergie a indiqué que des accords gaziers seraient signés.",
      { language: 'fr', publishedAt: '2025-03-12' },
    );
    expect(speakerOf(r, 'accords gaziers')).toEqual({ person: null, country: 'DZ' });
  });
});
