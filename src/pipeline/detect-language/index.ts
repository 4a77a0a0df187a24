// Detects the language of an article that does not say. Scripts decide first where they are
// unambiguous (kana → ja, Hangul → ko, Han without kana → zh, Arabic letters of Persian → fa);
// the n-gram detector (eld) decides between languages that share a script.
import { eld } from 'eld/medium';

const KANA = /[\u3040-\u30ff]/g;
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff]/g;
const HAN = /[\u4e00-\u9fff]/g;
const ARABIC = /[\u0600-\u06ff]/g;
const PERSIAN_ONLY = /[پچژگکی]/g;
const LETTER = /\p{L}/gu;

export interface DetectedLanguage {
  language: string | null;
  reliable: boolean;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = count(sample, LETTER);
  if (letters < 3) return { language: null, reliable: false };
  const kana = count(sample, KANA);
  const hangul = count(sample, HANGUL);
  const han = count(sample, HAN);
  if (kana > 0 && kana + han > letters * 0.3) return { language: 'ja', reliable: true };
  if (hangul > letters * 0.3) return { language: 'ko', reliable: true };
  if (han > letters * 0.3) return { language: 'zh', reliable: true };
  const arabic = count(sample, ARABIC);
  if (arabic > letters * 0.5) {
    const persian = count(sample, PERSIAN_ONLY);
    return { language: persian > arabic * 0.02 ? 'fa' : 'ar', reliable: true };
  }
  const result = eld.detect(sample);
  return { language: result.language || null, reliable: result.isReliable() };
}
