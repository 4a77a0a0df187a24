import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/pipeline/resolve/dates.ts';
import { extract } from './helpers.ts';

describe('resolve', () => {
  const wednesday = new Date(Date.UTC(2024, 2, 13));

  it('when a weekday is named, then it resolves to the most recent such day on or before publication', () => {
    expect(resolveDate({ start: 0, end: 1, kind: 'weekday', day: 0 }, wednesday)).toBe('2024-03-11');
    expect(resolveDate({ start: 0, end: 1, kind: 'weekday', day: 2 }, wednesday)).toBe('2024-03-13');
    expect(resolveDate({ start: 0, end: 1, kind: 'relative', offset: -1 }, wednesday)).toBe('2024-03-12');
  });

  it('when a date has no year, then the year comes from publication and never lands far in the future', () => {
    expect(resolveDate({ start: 0, end: 1, kind: 'absolute', year: null, month: 12, day: 30 }, new Date(Date.UTC(2024, 0, 2)))).toBe('2023-12-30');
  });

  it('when the same call is reported in Arabic and English, then both get the same event id, type and date', () => {
    const en = extract('Chinese Foreign Minister Wang Yi held a phone call on Monday with Kyrgyz Foreign Minister Aibek Tolonov. Wang said China supports Kyrgyzstan.', { language: 'en' });
    const ar = extract('أجرى وزير الخارجية الصيني وانغ يي اليوم (الاثنين) اتصالا هاتفيا مع نظيره القيرغيزي أيبك تولونوف. وقال وانغ إن الصين تدعم قيرغيزستان.', { language: 'ar', publishedAt: '2024-03-11' });
    expect(en.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(ar.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(ar.events[0]?.id).toBe(en.events[0]?.id);
  });

  it('when two different events are reported, then their ids differ', () => {
    const call = extract('Spain and Israel: Spanish Foreign Minister Eva Marin held a phone call with Israel on Monday.', { language: 'en' });
    const summons = extract('Spain summoned the Israeli ambassador on Monday, the Spanish foreign ministry said.', { language: 'en' });
    expect(call.events[0]?.id).not.toBe(summons.events[0]?.id);
  });
});

describe('one event, one id', () => {
  it('when an English and a French report tell one call, then both get the same event id', () => {
    const en = extract('Kyrgyz Foreign Minister Aibek Tolonov held a phone call on Monday with Chinese Foreign Minister Wang Yi. Tolonov said Kyrgyzstan supports China.', { language: 'en', publishedAt: '2024-03-12' });
    const fr = extract("Le ministre chinois des Affaires étrangères Wang Yi s'est entretenu par téléphone lundi avec son homologue kirghiz Aibek Tolonov. Wang a déclaré que la Chine soutient le Kirghizistan.", { language: 'fr', publishedAt: '2024-03-11' });
    expect(en.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(fr.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
    expect(fr.events[0]?.id).toBe(en.events[0]?.id);
  });

  it('when one report calls a visit "talks" and another a visit, then they keep their types and share the id', () => {
    const talks = extract('Chinese Foreign Minister Wang Yi held talks on Monday in Beijing with Kyrgyz Foreign Minister Aibek Tolonov.', { language: 'en' });
    const visit = extract('Kyrgyz Foreign Minister Aibek Tolonov began an official visit to China on Monday and was received by Chinese Foreign Minister Wang Yi.', { language: 'en' });
    expect(talks.events[0]?.type).toBe('meeting');
    expect(visit.events[0]?.type).toBe('visit');
    expect(visit.events[0]?.id).toBe(talks.events[0]?.id);
  });

  it('when a third country is what the two sides discussed, then the sides stay the two actors', () => {
    const a = extract('Russia and China held a phone call on Monday on the situation in Kazakhstan. Kazakhstan, Kazakhstan and Kazakhstan were discussed, Russia said.', { language: 'en' });
    const b = extract('China and Russia held a phone call on Monday. They discussed bilateral ties, China said.', { language: 'en' });
    expect(a.events[0]?.id).toBe(b.events[0]?.id);
  });

  it('when a photo caption names another meeting, then the article\'s own event is the main one', () => {
    const text = 'FILE PHOTO: The Spanish prime minister during a meeting with the British prime minister in London.\nSpain summoned the Israeli chargé d\'affaires on Tuesday, the Spanish foreign ministry said.';
    const ev = extract(text, { language: 'en' }).events[0];
    expect(ev?.type).toBe('summons');
    expect(ev?.countries).toEqual(expect.arrayContaining(['ES', 'IL']));
    expect(ev?.countries).not.toContain('GB');
  });

  it('when two reports without any date tell a call and a meeting of one pair, then their ids differ', () => {
    const call = extract('Chinese Foreign Minister Wang Yi held a phone call with Kyrgyz Foreign Minister Aibek Tolonov.', { language: 'en', publishedAt: null });
    const meeting = extract('Chinese Foreign Minister Wang Yi met Kyrgyz Foreign Minister Aibek Tolonov.', { language: 'en', publishedAt: null });
    expect(call.events[0]?.date).toBeNull();
    expect(call.events[0]?.id).not.toBe(meeting.events[0]?.id);
  });

  it('when the same pair has a call on one day and a summons on the same day, then the ids differ', () => {
    const call = extract('Spanish Foreign Minister Eva Marin held a phone call with Israeli Foreign Minister Dan Levi on Monday.', { language: 'en' });
    const summons = extract('Spain summoned the Israeli ambassador on Monday, the Spanish foreign ministry said.', { language: 'en' });
    expect(call.events[0]?.date).toBe(summons.events[0]?.date);
    expect(call.events[0]?.id).not.toBe(summons.events[0]?.id);
  });

  it('when the sentence of a call also names the leaders of a planned summit, then only the two on the call are its participants', () => {
    const r = extract('Russian Foreign Minister Ivan Petrov held a phone call on Monday with US Secretary of State John Miller to prepare a summit between Russian President Boris Orlov and US President Adam Grant.', { language: 'en' });
    const names = (r.events[0]?.participants ?? []).map((id) => r.officials.find((o) => o.id === id)?.name ?? id);
    expect(r.events[0]?.type).toBe('phone_call');
    expect(names).toHaveLength(2);
    expect(names.join(' ')).toMatch(/Petrov/);
    expect(names.join(' ')).toMatch(/Miller/);
  });

  it('when a cue word is also a topic word in another form ("tariffs"), then it still tells the event', () => {
    const r = extract('US President Adam Grant on Sunday ordered tariffs against Colombia.', { language: 'en', title: 'Grant slaps tariffs on Colombia' });
    expect(r.events[0]?.type).toBe('sanction');
    expect(r.topics.map((t) => t.id)).toContain('trade');
  });

  it('when the title names the other side by surname alone, then that person is a participant too', () => {
    const r = extract("Le président Abdelmadjid Tebboune s'est entretenu samedi au téléphone avec son homologue français. Emmanuel Macron était lui aussi atteint du coronavirus.", { language: 'fr', title: 'Entretien téléphonique entre Tebboune et Macron' });
    expect(r.events[0]?.type).toBe('phone_call');
    expect(r.events[0]?.participants).toEqual(expect.arrayContaining(['abdelmadjid-tebboune', 'emmanuel-macron']));
  });

  it('when a visit only describes the guest (同正在北京访问的X举行会谈), then the talks are the event', () => {
    const r = extract('国家主席习近平13日在人民大会堂同正在北京访问的巴西总统卢拉举行会谈。两国元首表示支持。', { language: 'zh' });
    expect(r.events[0]?.type).toBe('meeting');
  });
});

