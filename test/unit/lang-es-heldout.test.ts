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

  it('when "por su parte" stands between commas after an inverted reporting verb, then the name after it speaks', () => {
    const r = extract(
      'Chile rechaza la injerencia de Argentina. «Es un error que otros gobiernos intervengan», afirmó, por su parte, Ana Torres, ministra vocera del gobierno de Chile.',
      { language: 'es' },
    );
    const st = r.statements.find((s) => s.text.includes('Es un error'));
    expect(r.officials.find((o) => o.id === st?.speaker)?.name).toBe('Ana Torres');
  });

  it('when adjectives describing talks are listed after commas ("muy amistosa, cordial, ..."), then they do not open a new statement', () => {
    const r = extract(
      'El canciller de Chile, Juan Pérez, explicó que "fue una conversación muy amistosa, cordial, muy similar a otras que he sostenido", asegurando que valoran las relaciones con Perú.',
      { language: 'es' },
    );
    const st = r.statements.find((s) => s.text.includes('muy amistosa'));
    expect(st?.text).toContain('cordial, muy similar');
    expect(st?.kind).toBe('support');
  });

  it('when a named minister opens the sentence with a stance and "informan medios locales" closes it, then the minister speaks', () => {
    const r = extract(
      'Juan Pérez, ministro de Asuntos Exteriores de Chile, ha pedido calma después de la disputa con Perú, informan medios locales.',
      { language: 'es' },
    );
    const st = r.statements.find((s) => s.text.includes('ha pedido calma'));
    expect(st).toMatchObject({ kind: 'urge', speakerCountry: 'CL' });
    expect(r.officials.find((o) => o.id === st?.speaker)?.name).toBe('Juan Pérez');
  });

  it('when unnamed "fuentes" report what two ministers did, then neither minister is the speaker', () => {
    const r = extract('Fuentes indican que el canciller de Chile, Juan Pérez, y su homólogo de Perú mantuvieron una conversación telefónica.', { language: 'es' });
    expect(r.statements.filter((s) => s.text.includes('Fuentes indican'))).toHaveLength(0);
  });

  it('when "el también" precedes a title that names no one itself, then the person already named speaks', () => {
    const r = extract(
      'El presidente de Colombia, Juan Pérez, recibió en Bogotá al canciller de Perú. Ante la prensa, el también secretario general del Partido Liberal destacó que tiene la esperanza de fortalecer las relaciones con Perú.',
      { language: 'es' },
    );
    const st = r.statements.find((s) => s.text.includes('esperanza'));
    expect(st).toMatchObject({ kind: 'hope', speakerCountry: 'CO' });
    expect(r.officials.find((o) => o.id === st?.speaker)?.name).toBe('Juan Pérez');
  });
});
