// Extraction throughput on one core: generates realistic synthetic articles (source "Dyad sample",
// fictional officials of real countries, English and Arabic, corpus-sized), runs the pipeline over
// them and prints articles/s, MB/s and peak memory. Run: npm run bench:extract [-- COUNT]
import type { Article } from '../src/domain.ts';
import { loadLexicons } from '../src/lexicon/index.ts';
import { extractArticle } from '../src/pipeline/extract-article.ts';

const COUNT = Number(process.argv[2] ?? 20_000);

const EN_PAIRS = [
  ['Kenyan', 'Kenya', 'Amani Wekesa', 'Ugandan', 'Uganda', 'Grace Nansubuga'],
  ['Chilean', 'Chile', 'Tomás Valdivia', 'Peruvian', 'Peru', 'Lucía Quispe'],
  ['Norwegian', 'Norway', 'Eirik Solberg', 'Polish', 'Poland', 'Marta Kowal'],
  ['Vietnamese', 'Vietnam', 'Tran Van Hieu', 'Thai', 'Thailand', 'Somchai Rattana'],
];
const AR_PAIRS = [
  ['المغربي', 'المغرب', 'كريم بنعلي', 'التونسي', 'تونس', 'سامي الورتاني'],
  ['الأردني', 'الأردن', 'فادي الخطيب', 'العراقي', 'العراق', 'حيدر الموسوي'],
  ['الكويتي', 'الكويت', 'ناصر العتيبي', 'العماني', 'عمان', 'سالم الحارثي'],
];

function english(i: number): Article {
  const [adjA, a, nameA, adjB, b, nameB] = EN_PAIRS[i % EN_PAIRS.length] as string[];
  const text =
    `NAIROBI, March ${(i % 27) + 1} -- ${adjA} Foreign Minister ${nameA} held a phone call on Monday with ${adjB} Foreign Minister ${nameB}.\n\n` +
    `${nameA!.split(' ').pop()} said ${a} and ${b} are close partners and that ${a} supports ${b}'s efforts to expand trade, ` +
    `supports closer cooperation on energy, and opposes any interference in ${b}'s internal affairs. ` +
    `${a} is ready to import more agricultural products from ${b} and hopes both sides will open new border crossings. ` +
    `He added that the two countries should strengthen coordination at the United Nations.\n\n` +
    `For his part, ${nameB!.split(' ').pop()} thanked ${a} for its help during the floods and said ${b} will continue to support ` +
    `${a} on issues of sovereignty. ${b} is concerned about rising food prices and urges partners to keep markets open, he said. ` +
    `The ministers agreed to meet again before the end of the year. (Dyad sample ${i})`;
  return { id: `bench-en-${i}`, source: 'Dyad sample', language: 'en', publishedAt: '2024-03-13', title: `${a} and ${b} foreign ministers hold phone call`, text };
}

function arabic(i: number): Article {
  const [adjA, a, nameA, adjB, b, nameB] = AR_PAIRS[i % AR_PAIRS.length] as string[];
  const text =
    `أجرى وزير الخارجية ${adjA} ${nameA} اليوم (الاثنين) اتصالا هاتفيا مع نظيره ${adjB} ${nameB}. ` +
    `وأوضح ${nameA!.split(' ').pop()} أن ${a} تدعم جهود ${b} في تعزيز التجارة، وتدعم التعاون في مجال الطاقة، وتعارض أي تدخل في شؤون ${b} الداخلية. ` +
    `وأضاف أن ${a} مستعدة لاستيراد المزيد من المنتجات الزراعية، وتتطلع إلى فتح معابر حدودية جديدة، مضيفا أنه يتعين على البلدين تعزيز التنسيق في الأمم المتحدة. ` +
    `من جانبه، أعرب ${nameB!.split(' ').pop()} عن امتنانه لدعم ${a} خلال الفيضانات، وأكد أن ${b} ستواصل دعم ${a} في قضايا السيادة. ` +
    `وأعرب عن قلق بلاده من ارتفاع أسعار الغذاء، داعيا الشركاء إلى إبقاء الأسواق مفتوحة. (عينة دياد ${i})`;
  return { id: `bench-ar-${i}`, source: 'Dyad sample', language: 'ar', publishedAt: '2024-03-13', title: null, text };
}

const articles = Array.from({ length: COUNT }, (_, i) => (i % 2 ? arabic(i) : english(i)));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const lexicons = loadLexicons();
// warm up: compile the lexicons and let the JIT settle outside the timed part
for (const a of articles.slice(0, 200)) extractArticle(a, lexicons);

let peak = process.memoryUsage().rss;
let statements = 0;
const started = process.hrtime.bigint();
for (let i = 0; i < articles.length; i++) {
  statements += extractArticle(articles[i] as Article, lexicons).statements.length;
  if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

console.log(`articles:        ${COUNT} (English and Arabic, mean ${(bytes / COUNT / 1024).toFixed(1)} KB)`);
console.log(`statements:      ${statements} (${(statements / COUNT).toFixed(1)} per article)`);
console.log(`time:            ${seconds.toFixed(2)} s on one core`);
console.log(`articles/s:      ${(COUNT / seconds).toFixed(0)}`);
console.log(`MB/s:            ${(bytes / 1048576 / seconds).toFixed(2)}`);
console.log(`peak memory:     ${(peak / 1048576).toFixed(0)} MB RSS`);
