// Chinese: who speaks when a sentence names its object first or continues with "还表示", and stance cues
// of foreign-ministry prose. Officials in these sentences are fictional unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const kindOf = (r: ReturnType<typeof extract>, anchor: string) => r.statements.find((s) => s.text.includes(anchor))?.kind;
const speakerOf = (r: ReturnType<typeof extract>, anchor: string) => {
  const s = r.statements.find((x) => x.text.includes(anchor));
  return s ? r.officials.find((o) => o.id === s.speaker)?.name ?? `country:${s.speakerCountry}` : undefined;
};

describe('Chinese: the object of 致电, 祝贺, 召见 or 就 never speaks', () => {
  it('when a minister congratulates another and then says something, then the one who congratulates speaks', () => {
    const r = extract('外交部长陈立同哈萨克斯坦外长阿斯卡尔·努罗夫通电话。\n阿斯卡尔·努罗夫祝贺陈立就任外长，表示期待建立良好工作关系。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(speakerOf(r, '期待建立良好工作关系')).toBe('阿斯卡尔·努罗夫');
  });

  it('when a vice minister summons an envoy over a third person\'s remarks, then the vice minister lodges the protest', () => {
    const r = extract('外交部副部长周明12日召见日本驻华大使山田一郎，就日本首相佐藤健的错误言论提出严正交涉。', { language: 'zh', publishedAt: '2024-03-13' });
    const s = r.statements.find((x) => x.text.includes('严正交涉'));
    expect(r.officials.find((o) => o.id === s?.speaker)?.name).toBe('周明');
    expect(s?.kind).toBe('oppose');
    // the prime minister the protest is about is no party to the summons
    const names = (r.events[0]?.participants ?? []).map((k) => r.officials.find((o) => o.id === k)?.name);
    expect(r.events[0]?.type).toBe('summons');
    expect(names).toEqual(expect.arrayContaining(['周明', '山田一郎']));
    expect(names).not.toContain('佐藤健');
  });

  it('when a president cables congratulations to a president-elect, then the sender speaks', () => {
    const r = extract('国家主席陈立致电约瑟夫·拜登，祝贺他当选美国总统。', { language: 'zh', publishedAt: '2020-11-25' });
    expect(speakerOf(r, '祝贺他当选')).toBe('陈立');
  });
});

describe('Chinese: sources and predicates that are no speakers', () => {
  it('when a title follows 就任 (took office as), then it names no speaker', () => {
    const r = extract('外长陈立同俄罗斯外长伊万·彼得罗夫通电话。伊万·彼得罗夫祝贺陈立就任中国外长，表示期待建立良好工作关系。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(speakerOf(r, '期待建立良好工作关系')).toBe('伊万·彼得罗夫');
  });

  it('when 据中方引述 is closed by a comma, then the official after it speaks, not the side quoting him', () => {
    const r = extract('外交部长陈立同约旦外交大臣萨米尔·哈达德举行会谈。据中方引述，萨米尔·哈达德表示，约方愿同中方加强高层往来。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(speakerOf(r, '约方愿同中方')).toBe('萨米尔·哈达德');
  });

  it('when a title is followed by an event word and a document (外长会谈联合新闻稿), then no person is read there', () => {
    const r = extract('根据中约外长会谈联合新闻稿，约方重申坚持一个中国政策的立场。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(r.officials).toEqual([]);
    expect(speakerOf(r, '约方重申')).toBe('country:JO');
  });
});

describe('Chinese: a participle right after its subject reports the sentence', () => {
  it('when a minister "还表示" and the content starts with 中方, then the minister speaks, not the side', () => {
    const r = extract('外交部长陈立同约旦外交大臣萨米尔·哈达德举行会谈。陈立还表示，中方愿进口更多约旦优质商品。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(speakerOf(r, '中方愿进口')).toBe('陈立');
  });

  it('when a ministry "还称", then that ministry\'s state speaks', () => {
    const r = extract('俄罗斯扩大对乌制裁名单。乌外交部还称，乌方保留采取应对措施的权利。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(speakerOf(r, '乌方保留')).toBe('country:UA');
  });
});

describe('Chinese: names, sides and stance cues', () => {
  it('when a day follows a name (温家宝3日), then the digits are no part of the name', () => {
    const r = extract('国务院总理温家宝3日在北京会见来访的外国客人。温家宝说，中方愿加强合作。', { language: 'zh', publishedAt: '2010-09-03' });
    expect(r.officials.map((o) => o.id)).toContain('wen-jiabao');
    for (const o of r.officials) expect(o.mentions.every((m) => !/\d/.test(m.text))).toBe(true);
  });

  it('when a spokesperson is followed by a day, then no person is made of the day', () => {
    const r = extract('美国国务院发言人13日表示，美方反对单方面改变现状。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(r.officials.filter((o) => o.mentions.some((m) => /\d/.test(m.text)))).toEqual([]);
  });

  it('when 约方 speaks, then Jordan is the speaker; 缔约方 is no Jordan', () => {
    const r = extract('约方重申坚持一个中国政策。各缔约方同意加强合作。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(speakerOf(r, '约方重申')).toBe('country:JO');
    expect(kindOf(r, '约方重申')).toBe('support');
    expect(r.countries.find((c) => c.code === 'JO')?.mentions.map((m) => m.text)).toEqual(['约方']);
  });

  it('when 必将予以 announces a blow, then it is a threat, and 不容 is opposition', () => {
    const r = extract('外交部发言人周明表示，台湾问题是中国核心利益，不容任何外来干涉。任何势力胆敢干涉中国内政，中方必将予以迎头痛击。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(kindOf(r, '不容任何外来干涉')).toBe('oppose');
    expect(kindOf(r, '必将予以迎头痛击')).toBe('threaten');
  });

  it('when a demand reads 消除负面影响, then it is urge, and 伤害…感情 is an accusation', () => {
    const r = extract('外交部发言人周明表示，有关言论伤害中国人民感情。中方敦促对方立即纠正错误，消除负面影响。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(kindOf(r, '伤害中国人民感情')).toBe('accuse');
    expect(kindOf(r, '消除负面影响')).toBe('urge');
  });

  it('when a stance follows the comma of 证明, then it stays the complement of 证明', () => {
    const r = extract('外交部长陈立表示，两国关系快速发展的事实充分证明，坚持一个中国原则是大势所趋。', { language: 'zh', publishedAt: '2024-03-13' });
    const s = r.statements.filter((x) => x.text.includes('证明') || x.text.includes('坚持一个中国'));
    expect(s.length).toBe(1);
  });

  it('when chained verbs 聚焦 and 管控 follow a hope, then they open clauses that keep the hope', () => {
    const r = extract('国家主席陈立表示，希望双方秉持相互尊重的精神，聚焦务实合作，管控彼此分歧，推动两国关系向前发展。', { language: 'zh', publishedAt: '2024-03-13' });
    const focus = r.statements.find((x) => x.text.includes('聚焦务实合作'));
    expect(focus?.kind).toBe('hope');
    expect(focus?.text).not.toContain('秉持');
    expect(kindOf(r, '管控彼此分歧')).toBe('hope');
    expect(r.statements.find((x) => x.text.includes('管控彼此分歧'))?.text).not.toContain('聚焦');
  });
});

describe('Chinese: clauses of reported speech', () => {
  it('when reported content without a cue is followed by a new subject with a stance, then they are two statements', () => {
    const r = extract('外交部长陈立表示，今年是两国建立战略伙伴关系十周年，中方将是约旦可信赖的好朋友。', { language: 'zh', publishedAt: '2024-03-13' });
    const s = r.statements.find((x) => x.text.includes('中方将是'));
    expect(s?.kind).toBe('commit');
    expect(s?.text).not.toContain('十周年');
  });

  it('when a reporting verb is followed by a frame (依据…规定), then the stance after it is no new clause', () => {
    const r = extract('中国外交部表示，依据反外国制裁法有关规定，决定对十家企业采取反制措施。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(r.statements.length).toBe(1);
  });

  it('when a stance cue stands inside a frame between commas (以签署…为契机), then the clauses after it keep the commitment', () => {
    const r = extract('乌克兰总统伊万·彼得连科表示，乌方愿与中方一道，以签署联合声明为契机，加强高层互访，切实推进各领域合作。', { language: 'zh', publishedAt: '2010-09-03' });
    expect(r.statements.some((x) => x.text.startsWith('以签署'))).toBe(false);
    expect(kindOf(r, '加强高层互访')).toBe('commit');
  });

  it('when 并将 joins a second predicate, then it opens a commitment', () => {
    const r = extract('日本首相佐藤健表示，希望充分运用穿梭外交保持沟通，并将以面向未来的方式推进日韩关系。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(kindOf(r, '并将以面向未来')).toBe('commit');
    expect(kindOf(r, '希望充分运用')).toBe('hope');
  });

  it('when a sentence opens with 对于X表示…, then the one who answers after the comma speaks what follows', () => {
    const r = extract('日本首相中村雄一今天与韩国总统黄仁哲会谈。对于中村雄一表示希望两国扩大合作，黄仁哲回应，他完全认同韩日关系的重要性。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(speakerOf(r, '完全认同')).toBe('黄仁哲');
    expect(speakerOf(r, '希望两国扩大合作')).toBe('中村雄一');
  });

  it('when remarks are called 极其错误 before a list of charges, then each charge is its own accusation', () => {
    const r = extract('外交部副部长周明强调，有关言论极其错误，粗暴干涉中国内政，严重违背国际法。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(kindOf(r, '极其错误')).toBe('accuse');
    expect(r.statements.find((x) => x.text.includes('粗暴干涉'))?.text).not.toContain('极其错误');
  });
});

describe('Chinese: what a protest is about', () => {
  it('when 就 opens what the protest is about, then the verb after it gives the kind, not a charge inside it', () => {
    const r = extract('外交部发言人周明表示，中方就美方的错误言论提出严正交涉。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(kindOf(r, '提出严正交涉')).toBe('oppose');
  });

  it('when 针对 stands inside a word (不针对), then the first cue still decides', () => {
    const r = extract('外交部长陈立表示，两国关系不针对第三方，中方愿同俄方携手落实两国元首共识。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(kindOf(r, '中方愿同俄方')).toBe('commit');
  });
});

describe('Chinese: topic cues that are set phrases', () => {
  it('when a leader wishes for 不冲突不对抗 in a changing 国际环境, then the statement is about neither conflict nor the environment', () => {
    const r = extract('国家主席陈立表示，希望双方秉持不冲突不对抗的精神，在当前国际环境下推动两国关系发展。', { language: 'zh', publishedAt: '2024-03-13' });
    const topics = r.statements.flatMap((s) => s.topics);
    expect(topics).not.toContain('conflict');
    expect(topics).not.toContain('climate_environment');
  });

  it('when the Ukrainian National Security and Defense Council is named, then it is an institution, not a security topic', () => {
    const r = extract('乌克兰国家安全与国防委员会宣布制裁名单。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(r.topics.map((t) => t.id)).not.toContain('security.defense');
  });

  it('when a minister speaks of 乌克兰问题, then the topic is the conflict', () => {
    const r = extract('外交部长陈立表示，中方将继续以劝和促谈为遵循，看待和处理乌克兰问题。', { language: 'zh', publishedAt: '2024-03-13' });
    expect(r.statements.flatMap((s) => s.topics)).toContain('conflict');
  });
});

describe('Chinese: messages and chained verb phrases', () => {
  it('when a president speaks "在贺电中", then the message is the event but the content takes its own kind', () => {
    const r = extract('新华社北京11月25日电 国家主席陈立在贺电中指出，推动两国关系健康稳定发展，符合两国人民根本利益。', { language: 'zh', publishedAt: '2020-11-25' });
    expect(r.events[0]?.type).toBe('message');
    expect(r.statements[0]?.kind).not.toBe('thank');
  });

  it('when 把…视为 continues an appreciation after a comma, then it is a clause of its own with the same stance', () => {
    const r = extract('国务院总理陈立表示，中方赞赏乌方奉行积极友好的对华政策，把乌克兰视为可靠的朋友和伙伴。', { language: 'zh', publishedAt: '2010-09-03' });
    const s = r.statements.find((x) => x.text.includes('把乌克兰视为'));
    expect(s?.kind).toBe('support');
    expect(s?.text).not.toContain('赞赏');
  });
});
