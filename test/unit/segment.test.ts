import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/pipeline/segment/index.ts';

describe('segment', () => {
  it('when a sentence holds "U.S." or a dateline abbreviation, then it is not cut there', () => {
    const text = 'WASHINGTON, Nov. 16 -- The U.S. envoy met Mr. Dale. He left on Monday.';
    const parts = segmentSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['WASHINGTON, Nov. 16 -- The U.S. envoy met Mr. Dale.', 'He left on Monday.']);
  });

  it('when "EE.UU." is followed by a lowercase word, then the sentence goes on; before a capital it ends', () => {
    const text = 'El jefe de la diplomacia de EE.UU. y su homólogo hablaron. Viajó a EE.UU. El lunes volvió.';
    const parts = segmentSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['El jefe de la diplomacia de EE.UU. y su homólogo hablaron.', 'Viajó a EE.UU.', 'El lunes volvió.']);
  });

  it('when a full stop lacks its space ("le pays.La veille"), then the sentence still ends there, but not inside a web address', () => {
    const text = 'Il a donné 48 heures pour quitter le pays.La veille, le président a parlé. Voir exemple.org/Page.Html ici.';
    const out = segmentSentences(text).map((s) => text.slice(s.start, s.end));
    expect(out[0]).toBe('Il a donné 48 heures pour quitter le pays.');
    expect(out[1]).toBe('La veille, le président a parlé.');
    expect(out[2]).toBe('Voir exemple.org/Page.Html ici.');
  });

  it('when text is Chinese or Arabic, then full stops of those scripts end sentences', () => {
    expect(segmentSentences('中方表示支持。吉方表示感谢。')).toHaveLength(2);
    const ar = 'قال الوزير إن بلاده تدعم الحوار. وأضاف أنه متفائل؟ نعم.';
    expect(segmentSentences(ar)).toHaveLength(3);
  });

  it('when Arabic text drops the space after a full stop, then the next sentence still starts there', () => {
    const ar = 'وقال الوزير: "الزيارة مهمة".وأكد السفير أن العلاقات قوية.وأضاف أن د.محمد سيحضر.';
    const parts = segmentSentences(ar).map((s) => ar.slice(s.start, s.end));
    expect(parts).toEqual(['وقال الوزير: "الزيارة مهمة".', 'وأكد السفير أن العلاقات قوية.', 'وأضاف أن د.محمد سيحضر.']);
  });

  it('when paragraphs are separated by line breaks, then sentences carry their paragraph number', () => {
    const s = segmentSentences('One. Two.\n\nThree.');
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});
