import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const TEXT =
  "Türkiye Dışişleri Bakanı Ahmet Karaca, 11 Mart'ta Çinli mevkidaşı ile telefonda görüştü. " +
  "Karaca, Türkiye'nin Çin ile ticari ilişkileri güçlendirmeye hazır olduğunu belirtti. " +
  "DIŞİŞLERİ BAKANLIĞI, Rusya'ya yönelik saldırıyı kınadı ve Rusya'nın egemenliğine saygı çağrısında bulundu.";

describe('Turkish data', () => {
  const r = extract(TEXT, { language: 'tr' });

  it('when country names carry case endings after an apostrophe or as demonyms, then they are found at their exact place', () => {
    const codes = r.countries.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['TR', 'CN']));
    for (const c of r.countries) for (const m of c.mentions) expect(spanOf(TEXT, m)).toBe(m.text);
    expect(r.countries.find((c) => c.code === 'CN')?.mentions.map((m) => m.text)).toContain('Çinli');
  });

  it('when "Türkiye Dışişleri Bakanı" precedes a name, then the person is Turkey\'s foreign minister', () => {
    expect(r.officials.find((o) => o.name === 'Ahmet Karaca')).toMatchObject({ country: 'TR', titles: ['foreign minister'] });
  });

  it('when a call is dated "11 Mart\'ta", then the event is a phone call on that day', () => {
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
  });

  it('when the ministry is written in capitals with dotted and dotless I, then it still speaks for Turkey and condemns', () => {
    const s = r.statements.find((x) => x.text.startsWith('DIŞİŞLERİ'));
    expect(s).toMatchObject({ speakerCountry: 'TR', kind: 'oppose' });
  });
});

describe('Turkish clauses closed by a comma after -DIğInI or a converb', () => {
  it('when a reported sentence chains "…ettiğini, …belirterek, …desteklediğini ifade etti", then each part is its own statement of the same speaker', () => {
    const text =
      "Dışişleri Bakanı Ahmet Kaya, görüşmede, bölgedeki gelişmeleri yakından takip ettiğini, Türkiye'nin barış için çaba gösterdiğini belirterek, kalıcı barışı hedefleyen girişimleri desteklediğini ifade etti.";
    const r = extract(text, { language: 'tr', publishedAt: '2025-03-12' });
    const parts = r.statements.map((s) => s.text);
    expect(parts.length).toBe(3);
    expect(parts[0]).toContain('takip ettiğini');
    expect(parts[1]).toContain('çaba gösterdiğini belirterek');
    expect(parts[2]).toContain('desteklediğini ifade etti');
    expect(new Set(r.statements.map((s) => s.speakerCountry))).toEqual(new Set(['TR']));
  });
});

describe('Turkish: the object of a stance stands before its cue', () => {
  it('when a country named once stands with its case ending right before a stance ("Yemen’de yaşanan insani trajedi"), then the statement is about it and it is an actor', () => {
    const r = extract('Dışişleri Bakanlığı, Türkiye’nin Yemen’de yaşanan insani trajediyi yakından takip ettiğini açıkladı.', { language: 'tr' });
    expect(r.statements[0]?.targets).toContain('YE');
    expect(r.countries.map((c) => c.code)).toContain('YE');
  });
});

describe('Turkish subject at the head of the sentence', () => {
  const text =
    'Cumhurbaşkanı Mehmet Aksoy, Gürcistan Cumhurbaşkanı Levan Beridze’nin daveti üzerine Tiflis’e gitti. ' +
    'Cumhurbaşkanı Aksoy, son yıllarda Gürcistan Cumhurbaşkanı Beridze ile çok sayıda görüşme yaptığını ve bu görüşmelerin bölgeye fayda sağlayacağına inandığını ifade etti.';
  const r = extract(text, { language: 'tr', publishedAt: '2025-03-12' });
  const aksoy = r.officials.find((o) => o.name.endsWith('Aksoy'))?.id;

  it('when the sentence opens with "Cumhurbaşkanı Aksoy," and names Beridze nearer the verb, then Aksoy speaks', () => {
    const mine = r.statements.filter((s) => s.text.includes('görüşme') || s.text.includes('inandığını'));
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((s) => s.speaker))).toEqual(new Set([aksoy]));
  });

  it('when "…yaptığını ve …inandığını" joins two reported clauses, then they are two statements, the second a belief (hope)', () => {
    const mine = r.statements.filter((s) => s.speaker === aksoy);
    expect(mine.map((s) => s.kind)).toEqual(['inform', 'hope']);
    expect(mine[1]?.text).toContain('inandığını');
  });

  it('when "X’in daveti üzerine" tells at whose invitation someone travelled, then it is no call to act (urge)', () => {
    expect(r.statements.some((s) => s.kind === 'urge')).toBe(false);
  });
});

describe('Turkish headline in capitals', () => {
  it('when a line in capitals names a known surname before a capitalised stop word ("PUTİN İLE"), then it is the same person', () => {
    const r = extract('Rusya Devlet Başkanı Vladimir Putin Ankara’ya geldi.\nCUMHURBAŞKANI ERDOĞAN, RUSYA DEVLET BAŞKANI PUTİN İLE BİR ARAYA GELDİ', { language: 'tr', publishedAt: '2025-03-12' });
    expect(r.officials.filter((o) => o.country === 'RU').map((o) => o.id)).toEqual(['vladimir-putin']);
  });
});

describe('Turkish protest that something cannot be accepted', () => {
  it('when the ministry stresses that attacks "kabul ve izah edilemeyeceği", then it is opposition', () => {
    const r = extract('Dışişleri Bakanlığı, büyükelçiliğe yönelik saldırıların hiçbir şekilde kabul ve izah edilemeyeceğini vurguladı.', { language: 'tr', publishedAt: '2025-03-12' });
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'TR', kind: 'oppose' });
  });
});
