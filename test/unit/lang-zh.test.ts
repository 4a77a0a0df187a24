// Chinese (Simplified and Traditional) through the whole extraction: what a reader of a Chinese
// readout would expect to come out. All officials in these sentences are fictional.
import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const CALL =
  '新华社北京3月12日电 3月12日，外交部长陈立同哈萨克斯坦外长阿斯卡尔·努罗夫通电话。\n' +
  '陈立表示，中方愿同哈方加强共建“一带一路”合作，坚定支持哈方维护国家主权和领土完整。\n' +
  '阿斯卡尔·努罗夫表示，感谢中方提供的疫苗援助，哈方坚定奉行一个中国原则。';

describe('Chinese readout of a phone call (Simplified)', () => {
  const r = extract(CALL, { language: 'zh', publishedAt: '2024-03-13' });

  it('when the text says 通电话 with a date "3月12日", then the main event is that call on that day', () => {
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-12' });
    expect(r.events[0]?.countries).toEqual(expect.arrayContaining(['CN', 'KZ']));
  });

  it('when a country and a title precede an unknown name, then the official gets that country and title', () => {
    const kz = r.officials.find((o) => o.name === '阿斯卡尔·努罗夫');
    expect(kz).toMatchObject({ country: 'KZ', titles: ['foreign minister'] });
    const cn = r.officials.find((o) => o.name === '陈立');
    expect(cn?.titles).toEqual(['foreign minister']);
  });

  it('when sides are written 中方 and 哈方, then they name China and Kazakhstan with exact offsets', () => {
    const kz = r.countries.find((c) => c.code === 'KZ');
    expect(kz?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['哈萨克斯坦', '哈方']));
    for (const m of kz?.mentions ?? []) expect(spanOf(CALL, m)).toBe(m.text);
  });

  it('when 愿, 支持 and 感谢 open clauses, then the statements are commit, support and thank', () => {
    const kindOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.kind;
    expect(kindOf('中方愿同哈方')).toBe('commit');
    expect(kindOf('坚定支持哈方维护国家主权')).toBe('support');
    expect(kindOf('感谢中方提供的疫苗援助')).toBe('thank');
  });

  it('when a clause speaks of vaccines, the Belt and Road or sovereignty, then it carries those topics', () => {
    const topicsOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.topics ?? [];
    expect(topicsOf('一带一路')).toContain('connectivity.belt_and_road');
    expect(topicsOf('领土完整')).toContain('sovereignty');
    expect(topicsOf('疫苗援助')).toContain('health.covid19');
  });
});

describe('Chinese in Traditional characters', () => {
  const TW = '中國外交部發言人今天表示，美方近日對中國企業實施制裁，嚴重損害中方正當權益。中方對此堅決反對，敦促美方立即停止錯誤做法。';
  const r = extract(TW, { language: 'zh', publishedAt: '2024-05-08' });

  it('when country names and sides are written in Traditional characters, then they are found like Simplified ones', () => {
    expect(r.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['CN', 'US']));
    const us = r.countries.find((c) => c.code === 'US');
    expect(us?.mentions.map((m) => m.text)).toContain('美方');
  });

  it('when stance verbs are Traditional (嚴重損害, 堅決反對, 敦促), then kinds are accuse, oppose and urge', () => {
    const kindOf = (anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.kind;
    expect(kindOf('嚴重損害')).toBe('accuse');
    expect(kindOf('堅決反對')).toBe('oppose');
    expect(kindOf('敦促美方')).toBe('urge');
  });

  it('when a sanction is imposed, then the main event is a sanction dated from 今天', () => {
    expect(r.events[0]).toMatchObject({ type: 'sanction', date: '2024-05-08' });
  });

  it('when the weekday is written 週一, then the event date is the Monday before publication', () => {
    const hk = extract('俄羅斯外長週一在莫斯科會見到訪的印尼外長，雙方就地區局勢交換意見。', { language: 'zh', publishedAt: '2024-05-08' });
    expect(hk.events[0]).toMatchObject({ type: 'meeting', date: '2024-05-06' });
  });
});

describe('Chinese country forms that are easy to get wrong', () => {
  it('when 中巴 or 美中 is written as a compound, then the partner country is named', () => {
    const r = extract('王毅表示，中巴关系独一无二，中方坚定支持巴方。美中关系也受到关注。', { language: 'zh' });
    const pk = r.countries.find((c) => c.code === 'PK');
    expect(pk?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['中巴', '巴方']));
  });

  it('when common words contain a character of a country short name (加强, 新时代, 法治, 美元), then no country is invented', () => {
    const r = extract('中方表示，愿同各方加强合作，共同开创新时代，坚持法治，贸易额达到十亿美元。', { language: 'zh' });
    expect(r.countries.map((c) => c.code)).toEqual(['CN']);
  });

  it('when a visit is only mentioned in a relative clause, then the talks are the main event', () => {
    const r = extract('国家主席李明同来华进行国事访问的越南国家主席阮文山举行会谈。', { language: 'zh', publishedAt: '2024-04-02' });
    expect(r.events[0]?.type).toBe('meeting');
  });

  it('when a Taiwan outlet dates by 昨（13）日, then the event is the day before publication', () => {
    const r = extract('陸委會昨（13）日表示，堅決反對大陸對台軍事演習。', { language: 'zh', publishedAt: '2024-05-14' });
    expect(r.events[0]?.date).toBe('2024-05-13');
    expect(r.statements[0]).toMatchObject({ speakerCountry: 'TW', kind: 'oppose' });
  });

  it('when a Taiwan outlet writes 大陆 for China, then China is found', () => {
    const r = extract('大陸外交部昨天表示，堅決反對美方對台軍售。', { language: 'zh', publishedAt: '2025-12-27' });
    expect(r.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['CN', 'US']));
    expect(r.statements[0]?.topics).toContain('sovereignty.taiwan');
  });

  it('when a Hong Kong dateline opens the story, then Hong Kong is not counted as an actor', () => {
    const r = extract('新华社香港6月2日电 外交部长陈立2日同老挝外长通电话。陈立表示，中方愿同老方加强合作。', { language: 'zh', publishedAt: '2024-06-03' });
    expect(r.countries.map((c) => c.code)).not.toContain('HK');
    expect(r.events[0]).toMatchObject({ type: 'phone_call' });
  });

  it('when 应 or 要 are part of 应对 or 重要, then the clause is not read as a demand', () => {
    const r = extract('王毅表示，中巴关系十分重要，双方共同应对地区挑战。', { language: 'zh' });
    expect(r.statements.map((s) => s.kind)).not.toContain('urge');
    const u = extract('王毅表示，美方应立即停止挑衅。', { language: 'zh' });
    expect(u.statements[0]?.kind).toBe('urge');
  });
});

describe('Chinese names of officials', () => {
  it('when a transliterated name after a title holds country forms (蒙 + 卡达), then it is one person and no extra country', () => {
    const r = extract('外交部长陈立在北京与秘鲁外长法德里科·索托举行会谈。', { language: 'zh', publishedAt: '2024-05-10' });
    const pe = r.officials.find((o) => o.country === 'PE');
    expect(pe).toMatchObject({ name: '法德里科·索托', titles: ['foreign minister'] });
    expect(r.countries.map((c) => c.code).sort()).toEqual(['CN', 'PE']);
    const ni = extract('外交部长陈立在北京与尼加拉瓜外长蒙卡达举行会谈。', { language: 'zh', publishedAt: '2024-05-10' });
    expect(ni.officials.map((o) => o.id)).toContain('denis-moncada');
    expect(ni.countries.map((c) => c.code).sort()).toEqual(['CN', 'NI']);
  });

  it('when a gazetteer surname is glued to Latin letters or digits (L3哈里斯公司), then it is a firm, not the official', () => {
    const r = extract('中方决定对L3哈里斯海事服务公司等美国军工企业采取反制措施。', { language: 'zh', publishedAt: null });
    expect(r.officials.map((o) => o.id)).not.toContain('kamala-harris');
  });

  it('when a surname alone names an official out of office at the publication date, then it is not that official', () => {
    const later = extract('哈里斯公司发表声明，对此表示遗憾。', { language: 'zh', publishedAt: '2025-12-27' });
    expect(later.officials.map((o) => o.id)).not.toContain('kamala-harris');
    const during = extract('哈里斯表示，美方希望同中方保持沟通。', { language: 'zh', publishedAt: '2023-06-01' });
    expect(during.officials.map((o) => o.id)).toContain('kamala-harris');
    const titled = extract('美国前副总统哈里斯表示，美方希望同中方保持沟通。', { language: 'zh', publishedAt: '2025-12-27' });
    expect(titled.officials.map((o) => o.id)).toContain('kamala-harris');
  });

  it('when a surname stands before its title (卡斯特罗总统), then it names the official of the state the article is about', () => {
    const r = extract('洪都拉斯驻华使馆今天开馆。卡斯特罗总统表示，洪方将坚定恪守一个中国原则。', { language: 'zh', publishedAt: null });
    expect(r.officials.map((o) => o.id)).toContain('xiomara-castro');
    expect(r.officials.map((o) => o.id)).not.toContain('raul-castro');
    expect(r.statements[0]?.speaker).toBe('xiomara-castro');
  });

  it('when an official serves an organisation in the role held at publication (NATO), then that is the official\'s country', () => {
    const now = extract('北约秘书长吕特表示，北约希望同中方保持沟通。', { language: 'zh', publishedAt: '2025-06-01' });
    expect(now.officials.find((o) => o.id === 'mark-rutte')?.country).toBe('NATO');
    const then = extract('荷兰首相吕特表示，荷方希望同中方保持沟通。', { language: 'zh', publishedAt: '2020-06-01' });
    expect(then.officials.find((o) => o.id === 'mark-rutte')?.country).toBe('NL');
  });

  it('when a surname under a title is shared by officials of two states (雷纳), then the one serving the title\'s state is meant', () => {
    const r = extract('洪都拉斯外长雷纳在北京表示，洪方将坚定恪守一个中国原则。雷纳还说，洪方愿同中方深化合作。', { language: 'zh', publishedAt: '2023-06-11' });
    expect(r.officials.map((o) => o.id)).toEqual(['eduardo-enrique-reina']);
    expect(r.statements.every((s) => s.speaker === 'eduardo-enrique-reina')).toBe(true);
  });

  it('when a Taiwan outlet writes 川普 or 賀錦麗, then the gazetteer official is found', () => {
    const r = extract('美國總統川普表示，美方將對中國商品加徵關稅。', { language: 'zh', publishedAt: '2025-04-02' });
    expect(r.officials.map((o) => o.id)).toContain('donald-trump');
  });

  it('when a reporting verb and a comma precede a named person (他指出，李明将…), then the person is talked about, not speaking', () => {
    const r = extract('外交部长陈立表示，中方愿同洪方加强合作。他指出，国家主席李明将同洪方领导人会晤，必将引领双边关系迈上新高度。', { language: 'zh', publishedAt: '2023-06-11' });
    const s = r.statements.find((x) => x.text.includes('必将引领'));
    expect(s?.speaker).toBe(r.officials.find((o) => o.name === '陈立')?.id);
  });

  it('when a sentence of a readout paragraph names another leader without a reporting verb, then the paragraph\'s speaker keeps speaking', () => {
    const r = extract('外交部长陈立表示，中洪建交开创了两国关系的新时代。国家主席李明同洪方领导人举行历史性会晤，必将引领双边关系迈上新高度。', { language: 'zh', publishedAt: '2023-06-11' });
    const chen = r.officials.find((o) => o.name === '陈立')?.id;
    const s = r.statements.find((x) => x.text.includes('必将引领'));
    expect(s?.speaker).toBe(chen);
  });

  it('when the side announces a measure to come (中方将冻结…), then the statement is a threat, not a commitment', () => {
    const r = extract('中国外交部发言人表示，中方將凍結有關企業在中國境內的財產。', { language: 'zh', publishedAt: '2025-12-27' });
    expect(r.statements[0]?.kind).toBe('threaten');
  });

  it('when the lead sentences of an agreement name no one, then the first later lead sentence naming both sides gives the participants', () => {
    const text = '洪都拉斯26日正式与中国建立外交关系。新华社报导，中国和洪都拉斯26日建立外交关系。外交部长陈立在北京与洪都拉斯外交部长雷纳举行会谈，并签署了建交联合公报。';
    const r = extract(text, { language: 'zh', publishedAt: '2023-03-27' });
    const chen = r.officials.find((o) => o.name === '陈立')?.id;
    expect(r.events[0]?.type).toBe('agreement');
    expect(r.events[0]?.participants).toEqual(expect.arrayContaining(['eduardo-enrique-reina', chen]));
  });
});

describe('Chinese chained verb phrases and both-sides statements', () => {
  const TEXT =
    '新华社北京3月12日电 3月12日，外交部长陈立同哈萨克斯坦外长阿斯卡尔·努罗夫通电话。\n' +
    '陈立表示，中方愿同哈方加强合作，推动两国关系不断发展，深化各领域交流。各方应加强对话，推进政治解决，采取务实举措。' +
    '中方高度赞赏哈方的积极努力，两国合作是互利共赢的。中方愿同哈方在平等互利的基础上，加强各领域合作。\n' +
    '陈立指出，事实证明，互利合作是正确选择。\n' +
    '双方同意加强在多边框架内的协调。\n' +
    '双方表示，愿共同维护地区和平稳定。';
  const r = extract(TEXT, { language: 'zh', publishedAt: '2024-03-13' });
  const chen = r.officials.find((o) => o.name === '陈立')?.id;
  const find = (anchor: string) => r.statements.find((s) => s.text.includes(anchor));

  it('when 愿 governs verb phrases chained by commas (加强…，推动…，深化…), then each is a commitment of its own', () => {
    for (const a of ['中方愿同哈方加强合作', '推动两国关系不断发展', '深化各领域交流']) {
      expect(find(a)).toMatchObject({ speaker: chen, kind: 'commit' });
    }
    expect(find('加强合作')?.text).not.toContain('推动');
    expect(find('推动两国关系')?.text).not.toContain('深化');
  });

  it('when 应 governs chained verb phrases, then each is an urge', () => {
    expect(find('各方应加强对话')?.kind).toBe('urge');
    expect(find('推进政治解决')).toMatchObject({ kind: 'urge' });
    expect(find('采取务实举措')).toMatchObject({ kind: 'urge' });
    expect(find('推进政治解决')?.text).not.toContain('采取');
  });

  it('when a new subject and 是 follow a stance after a comma, then that predicate is a statement with the same stance', () => {
    const s = find('两国合作是互利共赢的');
    expect(s).toMatchObject({ speaker: chen, kind: 'support' });
    expect(s?.text).not.toContain('赞赏');
  });

  it('when the comma closes a frame (在…的基础上，) or follows 证明, then the sentence stays one statement', () => {
    expect(find('在平等互利的基础上')?.text).toContain('加强各领域合作');
    expect(find('事实证明')?.text).toContain('互利合作是正确选择');
    const x = extract('中国外交部发言人表示，中方愿同各方一道，加强沟通协调，共同维护地区和平稳定。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(x.statements.find((s) => s.text.includes('一道'))?.text).toContain('加强沟通协调');
  });

  it('when a paragraph of the readout opens with 双方 (双方同意…, 双方表示，愿…), then the readout\'s side speaks it', () => {
    expect(find('双方同意加强')).toMatchObject({ speaker: null, speakerCountry: 'CN', kind: 'agree' });
    expect(find('愿共同维护地区和平稳定')).toMatchObject({ speaker: null, speakerCountry: 'CN', kind: 'commit' });
  });

  it('when a paragraph after a description of the sanctioned firms opens with the measure itself (冻结…；禁止…), then the side that announced them speaks it', () => {
    const t = '中国外交部发言人表示，美方此举严重损害中方利益，中方决定对有关企业采取反制措施。\n受制裁的企业包括甲公司、乙公司等五家企业。冻结其在中国境内的财产；禁止中国境内的组织与其进行交易。';
    const x = extract(t, { language: 'zh', publishedAt: '2025-12-27' });
    expect(x.statements.find((s) => s.text.includes('受制裁的企业'))).toBeUndefined();
    expect(x.statements.find((s) => s.text.startsWith('冻结其在中国境内'))).toMatchObject({ speakerCountry: 'CN', kind: 'oppose' });
    expect(x.statements.find((s) => s.text.startsWith('禁止中国境内'))).toMatchObject({ speakerCountry: 'CN', kind: 'oppose' });
  });
});
