import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/detect-language/index.ts';

describe('detect-language', () => {
  it.each([
    ['en', 'The foreign minister said the two countries would deepen cooperation on trade and energy.'],
    ['ar', 'قال وزير الخارجية إن البلدين سيعززان التعاون في مجالات التجارة والطاقة.'],
    ['fr', 'Le ministre des Affaires étrangères a déclaré que les deux pays renforceraient leur coopération.'],
    ['ru', 'Министр иностранных дел заявил, что две страны углубят сотрудничество в торговле.'],
    ['es', 'El ministro de Asuntos Exteriores dijo que los dos países reforzarán su cooperación comercial.'],
    ['zh', '外交部长表示，两国将深化贸易和能源领域的合作。'],
    ['fa', 'وزیر امور خارجه گفت که دو کشور همکاری در زمینه تجارت و انرژی را گسترش می‌دهند.'],
  ])('when an article in %s does not say its language, then it is detected', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('when Japanese mixes kanji and kana, then it is not taken for Chinese', () => {
    expect(detectLanguage('外務大臣は両国の協力を強化すると述べました。').language).toBe('ja');
  });

  it('when there are no letters, then no language is claimed', () => {
    expect(detectLanguage('12345 ... !!!').language).toBeNull();
  });
});
