// Spanish forms met in real reports that the extraction missed. The sentences are written for these tests;
// where a gazetteer person is needed, a real former minister stands in (his gazetteer entry is the fact tested).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('Spanish forms of real reports', () => {
  it('when a title stands in comma apposition before a gazetteer name whose term has ended, then the title is his and a later "el canciller" is him', () => {
    const r = extract(
      'El ministro de Relaciones Exteriores, Roberto Ampuero, dijo que Chile rechaza las amenazas de Venezuela.\n' +
        '«Es un hecho grave», afirmó el canciller.',
      { language: 'es', publishedAt: '2018-09-25' },
    );
    const who = r.officials.find((o) => o.id === 'roberto-ampuero');
    expect(who?.titles).toContain('foreign minister');
    expect(r.statements.find((s) => s.text.includes('hecho grave'))?.speaker).toBe('roberto-ampuero');
  });
});
