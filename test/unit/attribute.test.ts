import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

describe('attribute', () => {
  it('when an Arabic sentence chains "وتدعم ... وتعارض ...", then each clause is its own statement with its kind', () => {
    const text = 'وقال وزير الخارجية القيرغيزي أيبك تولونوف إن قيرغيزستان تدعم سيادة الصين، وتدعم جهود الحكومة الصينية في التنمية، وتعارض أي تدخل خارجي في شؤونها الداخلية.';
    const r = extract(text, { language: 'ar' });
    expect(r.statements.map((s) => s.kind)).toEqual(['support', 'support', 'oppose']);
    const who = r.officials.find((o) => o.name === 'أيبك تولونوف')?.id;
    expect(r.statements.every((s) => s.speaker === who && s.speakerCountry === 'KG')).toBe(true);
    expect(r.statements.map((s) => s.targets)).toEqual([['CN'], ['CN'], ['CN']]);
  });

  it('when English lists "supports X, supports Y, and opposes Z", then three statements never overlap', () => {
    const text = 'Minister Ana Duarte of Portugal said Portugal supports free trade, supports open markets, and opposes new tariffs on Brazil.';
    const r = extract(text, { language: 'en' });
    expect(r.statements.map((s) => s.kind)).toEqual(['support', 'support', 'oppose']);
    for (let i = 1; i < r.statements.length; i++) expect(r.statements[i]!.start).toBeGreaterThanOrEqual(r.statements[i - 1]!.end);
    for (const s of r.statements) expect(spanOf(text, s)).toBe(s.text);
  });

  it('when "for his part" follows the first speaker, then the statement goes to the other participant', () => {
    const text =
      'Chinese Foreign Minister Wang Yi held a phone call with Kyrgyz Foreign Minister Aibek Tolonov on Monday. ' +
      'Wang said China is ready to import more agricultural products. ' +
      'For his part, Tolonov thanked China for its support.';
    const r = extract(text, { language: 'en' });
    const last = r.statements[r.statements.length - 1];
    expect(last?.kind).toBe('thank');
    expect(last?.speaker).toBe(r.officials.find((o) => o.name === 'Aibek Tolonov')?.id);
  });

  it('when only a side speaks ("the Kyrgyz side"), then the speaker is null and the country is given', () => {
    const r = extract('The Kyrgyz side said it opposes any interference in its internal affairs by Russia.', { language: 'en' });
    expect(r.statements[0]).toMatchObject({ speaker: null, speakerCountry: 'KG', kind: 'oppose' });
  });

  it('when text has no relations at all, then there are no statements and nothing throws', () => {
    const r = extract('The weather was mild and the market opened at nine.', { language: 'en' });
    expect(r.statements).toEqual([]);
  });
  it('when an English readout says what was discussed or briefed on, then that is no statement; what was briefed "that" still is', () => {
    const text =
      'The Portuguese foreign ministry said the two ministers discussed trade and the situation in the Sahel. ' +
      'Minister Ana Duarte of Portugal briefed her counterpart on the preparations for the summit. ' +
      'Duarte also briefed him that Portugal will send observers to the election.';
    const r = extract(text, { language: 'en' });
    expect(r.statements.some((s) => s.text.includes('Sahel'))).toBe(false);
    expect(r.statements.some((s) => s.text.includes('preparations'))).toBe(false);
    expect(r.statements.find((s) => s.text.includes('observers'))?.speakerCountry).toBe('PT');
  });
  it('when a stance acts on an organisation named once ("supports the African Union"), then it is a target; one who is only asked to act is not', () => {
    const text =
      'Minister Ana Duarte of Portugal held talks with the Brazilian foreign minister in Lisbon. ' +
      'Duarte said Portugal supports the African Union in its mediation and hopes the United Nations will play a bigger role.';
    const r = extract(text, { language: 'en' });
    const codes = r.countries.map((c) => c.code);
    expect(codes).toContain('AU');
    expect(codes).not.toContain('UN');
  });
  it('when a second stance ends with the attribution ("..., and supports X, Duarte said"), then it is its own statement, not a trailing attribution', () => {
    const text =
      'Minister Ana Duarte of Portugal held talks with the Brazilian foreign minister in Lisbon. ' +
      'Portugal agrees with the assessment of Brazil on the crisis, and supports the mediation of the African Union in the region, Duarte said.';
    const r = extract(text, { language: 'en' });
    expect(r.statements.find((s) => s.text.includes('agrees'))?.kind).toBe('agree');
    expect(r.statements.find((s) => s.text.includes('supports the mediation'))?.kind).toBe('support');
    expect(r.statements.find((s) => s.text.includes('agrees'))?.text).not.toContain('supports');
  });

  it('when "will A ... and will B" chains two commitments, then each is its own statement', () => {
    const text = 'Minister Ana Duarte of Portugal said Portugal will firmly support Brazil in its bid and will actively consider sending experts.';
    const r = extract(text, { language: 'en' });
    expect(r.statements.map((s) => s.kind)).toEqual(['commit', 'commit']);
  });
});
