/**
 * Table-driven tests for responsibility disputes that today's place windows miss (lane blame, issue 9):
 * - each side blames the other for breaking a country-wide truce or ceasefire ("despite the announced
 *   truce, the Ukrainian army shelled ...", «російська армія порушила режим тиші»): the two sides name
 *   places on their own side of the line, so they meet only at the war itself;
 * - an accusation against a blanket denial by the accused or a third party whose topic is the person
 *   the event befell («назвал абсолютной ложью утверждения, будто Кремль причастен к гибели X»).
 *
 * Every text below was written for this test, in the way wire copy, TASS, RIA Novosti, Ukrinform and
 * official Telegram channels word such statements; the expected kind (or "no dispute") of each pair
 * was decided by hand from the language, before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import type { DisputeKind } from '../../src/compare/index.js';
import { claimRecords } from './fact-labels.js';

/** Two texts with their days, and the dispute expected between them (null: none). */
type Row = [a: string, aDay: string, b: string, bDay: string, kind: DisputeKind | null];

/** The kinds of the disputes that set a claim of document `a` against a claim of document `b`. */
function kindsBetween(a: string, aDay: string, b: string, bDay: string): string[] {
  const recs = [...claimRecords('a', a, `${aDay}T10:00:00Z`), ...claimRecords('b', b, `${bDay}T15:00:00Z`)];
  const out: string[] = [];
  for (const x of compareClaims(recs).disputes) {
    const docs = x.sides.map((s) => new Set(s.claims.map((c) => c.split('#')[0])));
    const across = docs.some((p, i) => docs.some((q, j) => i !== j && p.has('a') && q.has('b')));
    if (across) out.push(x.kind ?? '?');
  }
  return [...new Set(out)].sort();
}

const POSITIVE: Row[] = [
  // truce: each side blames the other for breaking it, each naming places on its own side
  ['Несмотря на объявленное перемирие, ВСУ в ночь на 20 апреля 444 раза обстреляли позиции российских войск в Курской области, сообщили в Министерстве обороны России.', '2025-04-20',
    'Російська армія порушила режим тиші 2935 разів: обстріли й штурми тривали на Донеччині, заявив Президент України Володимир Зеленський.', '2025-04-21', 'responsibility'],
  ['MOSCOW, April 20 (Reuters) - Russia\'s defence ministry said Ukrainian forces had violated the Easter truce, shelling Russian positions in the Belgorod region hundreds of times.', '2025-04-20',
    'KYIV, April 20 (Reuters) - President Volodymyr Zelenskiy said Russian forces had broken the ceasefire, shelling Ukrainian positions in the Donetsk region 59 times.', '2025-04-20', 'responsibility'],
  ['Киевский режим нарушил перемирие 4900 раз: ВСУ обстреливали Брянскую область из артиллерии, заявили в Министерстве обороны России.', '2025-04-21',
    'KYIV, April 21 (Reuters) - Ukraine\'s General Staff said Russian troops had shelled Ukrainian positions near Pokrovsk despite the truce.', '2025-04-21', 'responsibility'],
  ['KYIV, Jan 7 (Reuters) - Ukraine\'s military said Russian forces shelled Kramatorsk despite the Christmas ceasefire declared by Moscow.', '2023-01-07',
    'Несмотря на режим прекращения огня, ВСУ обстреляли Донецк из артиллерии, сообщил мэр города Алексей Кулемзин.', '2023-01-07', 'responsibility'],
  ['Під час так званого перемир\'я російські війська обстріляли Херсон, повідомив начальник обласної військової адміністрації Олександр Прокудін.', '2023-01-07',
    'Российские войска соблюдают режим прекращения огня, тогда как ВСУ обстреляли Горловку, заявили в Министерстве обороны России.', '2023-01-07', 'responsibility'],
  ['MOSCOW, May 8 (Reuters) - Russia\'s defence ministry said Ukrainian drones attacked the Kursk region in violation of the ceasefire.', '2025-05-08',
    'KYIV, May 8 (Reuters) - Ukraine\'s commander-in-chief Oleksandr Syrskyi said Russian forces had attacked near Pokrovsk despite the so-called truce.', '2025-05-08', 'responsibility'],
  ['Всупереч оголошеному режиму тиші російська армія атакувала Сумщину дронами, повідомив Президент України Володимир Зеленський.', '2025-05-09',
    'Вопреки перемирию украинские войска атаковали Белгородскую область беспилотниками, заявили в Министерстве обороны России.', '2025-05-09', 'responsibility'],
  ['Російські окупанти порушили перемир\'я та обстріляли Запоріжжя, повідомив Генеральний штаб ЗСУ.', '2025-04-20',
    'MOSCOW, April 20 (Reuters) - Russia\'s defence ministry said Ukrainian forces had shelled the Kursk region in breach of the Easter truce.', '2025-04-20', 'responsibility'],
  // an accusation against the accused's blanket denial, the topic the person the event befell
  ['Загибель Пригожина — це демонстративна розправа, яку влаштував Путін, написав радник керівника Офісу Президента Михайло Подоляк.', '2023-08-24',
    'Пресс-секретарь президента Дмитрий Песков назвал абсолютной ложью появившиеся на Западе утверждения, будто Кремль причастен к гибели Евгения Пригожина.', '2023-08-25', 'responsibility'],
  ['KYIV, Aug 24 (Reuters) - Ukrainian presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    'MOSCOW, Aug 25 (Reuters) - Kremlin spokesman Dmitry Peskov said claims that the Kremlin was involved in the death of Yevgeny Prigozhin were an absolute lie.', '2023-08-25', 'responsibility'],
  ['Зеленський заявив, що Навального вбив Путін.', '2024-02-16',
    'Песков назвал абсолютно недопустимыми и хамскими заявления, будто Кремль причастен к смерти Алексея Навального.', '2024-02-17', 'responsibility'],
  ['KYIV, Aug 21 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Russia was behind the killing of Darya Dugina.', '2022-08-21',
    'ФСБ России заявила, что убийство Дарьи Дугиной совершили украинские спецслужбы.', '2022-08-22', 'responsibility'],
  ['ФСБ России заявила, что убийство Дарьи Дугиной подготовили украинские спецслужбы.', '2022-08-22',
    'KYIV, Aug 22 (Reuters) - Ukrainian presidential adviser Mykhailo Podolyak said Ukraine had nothing to do with the death of Darya Dugina.', '2022-08-22', 'responsibility'],
];

const NEGATIVE: Row[] = [
  // strikes of the two sides on their own places, no truce named: two events, not one
  ['ВСУ обстреляли Белгород из реактивных систем залпового огня, сообщили в Министерстве обороны России.', '2025-04-20',
    'Російська армія обстріляла Харків керованими авіабомбами, повідомив начальник обласної військової адміністрації Олег Синєгубов.', '2025-04-20', null],
  ['MOSCOW, April 20 (Reuters) - Russia\'s defence ministry said Ukrainian drones attacked the Bryansk region overnight.', '2025-04-20',
    'KYIV, April 20 (Reuters) - Ukraine\'s air force said Russia launched 40 drones at the Sumy region overnight.', '2025-04-20', null],
  // two voices of one side, both blaming the other side for breaking the truce
  ['Несмотря на объявленное перемирие, ВСУ обстреляли позиции российских войск в Курской области, сообщили в Министерстве обороны России.', '2025-04-20',
    'Киевский режим нарушил перемирие: ВСУ обстреляли Брянскую область, заявил пресс-секретарь президента Дмитрий Песков.', '2025-04-20', null],
  ['Російська армія порушила режим тиші на Донеччині, заявив Президент України Володимир Зеленський.', '2025-04-20',
    'Російські війська порушили перемир\'я та обстріляли Запоріжжя, повідомив Генеральний штаб ЗСУ.', '2025-04-20', null],
  // a third party's neutral remark about the truce
  ['Несмотря на объявленное перемирие, ВСУ обстреляли позиции российских войск в Курской области, сообщили в Министерстве обороны России.', '2025-04-20',
    'UNITED NATIONS, April 20 (Reuters) - U.N. Secretary-General Antonio Guterres called on both sides to respect the Easter truce.', '2025-04-20', null],
  // a truce broken more than a week before the other side's accusation: another truce, another event
  ['Несмотря на объявленное перемирие, ВСУ обстреляли позиции российских войск в Курской области, сообщили в Министерстве обороны России.', '2025-04-20',
    'Російська армія порушила режим тиші на Донеччині, заявив Президент України Володимир Зеленський.', '2025-05-09', null],
  // a side's own strike next to the other side's complaint: no one is blamed twice
  ['Несмотря на объявленное перемирие, ВСУ обстреляли позиции российских войск в Курской области, сообщили в Министерстве обороны России.', '2025-04-20',
    'Сили оборони завдали удару по позиціях росіян на Курщині, повідомив Генеральний штаб ЗСУ.', '2025-04-20', null],
  // strikes on both sides told with talks of a truce that no one says was broken
  ['KYIV, March 12 (Reuters) - Russia struck Odesa with drones overnight, Ukraine\'s air force said, a day after Kyiv backed a U.S. ceasefire proposal.', '2025-03-12',
    'MOSCOW, March 12 (Reuters) - Russia\'s defence ministry said Ukrainian drones attacked the Kursk region overnight.', '2025-03-12', null],
  // (review) each side's strike told beside talks of, or calls for, a ceasefire that no one says is in force or broken
  ['KYIV, March 14 (Reuters) - Russian drones struck an apartment building in Kharkiv overnight, killing two people, regional governor Oleh Syniehubov said, as Washington pressed Moscow to accept a 30-day ceasefire.', '2025-03-14',
    'MOSCOW, March 14 (Reuters) - Ukrainian drones attacked the Belgorod region overnight, wounding three civilians, governor Vyacheslav Gladkov said, as the Kremlin weighed a U.S. ceasefire proposal.', '2025-03-14', null],
  ['Російські війська вдарили по Запоріжжю керованими авіабомбами, повідомив голова ОВА Іван Федоров. Тим часом у Джидді тривають переговори про припинення вогню.', '2025-03-11',
    'ВСУ атаковали Курскую область беспилотниками, сообщил губернатор Александр Хинштейн. Тем временем в Джидде продолжаются переговоры о прекращении огня.', '2025-03-11', null],
  ['Russian forces shelled Nikopol overnight, wounding a woman, the head of the regional military administration Serhiy Lysak said. The Kremlin has rejected calls for an unconditional ceasefire.', '2025-05-20',
    'Ukrainian troops shelled Horlivka, the city\'s mayor Ivan Prikhodko said. Moscow says any ceasefire must address the root causes of the conflict.', '2025-05-20', null],
  // a denial of something else by the accused: the person named is another
  ['Загибель Пригожина — це демонстративна розправа, яку влаштував Путін, написав радник керівника Офісу Президента Михайло Подоляк.', '2023-08-24',
    'Пресс-секретарь президента Дмитрий Песков назвал абсолютной ложью утверждения, будто Кремль причастен к аресту Игоря Гиркина.', '2023-08-25', null],
  // a denial a week later about another event
  ['Загибель Пригожина — це демонстративна розправа, яку влаштував Путін, написав радник керівника Офісу Президента Михайло Подоляк.', '2023-08-24',
    'Пресс-секретарь президента Дмитрий Песков назвал абсолютной ложью утверждения, будто Кремль причастен к удару по Одессе.', '2023-09-02', null],
  // a third party's neutral remark about the person, no blame and no denial
  ['Загибель Пригожина — це демонстративна розправа, яку влаштував Путін, написав радник керівника Офісу Президента Михайло Подоляк.', '2023-08-24',
    'WASHINGTON, Aug 24 (Reuters) - Pentagon press secretary Pat Ryder said Prigozhin had likely been killed in the crash.', '2023-08-24', null],
  // two voices of one side: an accusation and an echo of it
  ['KYIV, Aug 24 (Reuters) - Ukrainian presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    'Пригожина вбили за наказом Путіна, заявив речник ГУР Андрій Юсов.', '2023-08-24', null],
];

/**
 * Rows whose expected dispute the program does not give yet, by the second text of the row, with
 * why. The tests check that these still miss, so a fix elsewhere shows here and the row moves back.
 */
const KNOWN_MISSES = new Map<string, string>([
  // (lane target2: the Zelenskiy row, "shelling Ukrainian positions" with no doer, is right now: a strike
  // of no named doer on one side's own positions is its enemy's, src/compare/event-facts.ts enemyOfTarget)
  ['MOSCOW, Aug 25 (Reuters) - Kremlin spokesman Dmitry Peskov said claims that the Kremlin was involved in the death of Yevgeny Prigozhin were an absolute lie.', 'facts: "had Prigozhin killed" gives no responsibility fact; no topic row for a person'],
  ['Песков назвал абсолютно недопустимыми и хамскими заявления, будто Кремль причастен к смерти Алексея Навального.', 'the same: «вбив» (killed) gives no responsibility fact'],
  ['ФСБ России заявила, что убийство Дарьи Дугиной совершили украинские спецслужбы.', 'the same: «убийство ... совершили» and "was behind the killing" give no responsibility fact'],
  ['KYIV, Aug 22 (Reuters) - Ukrainian presidential adviser Mykhailo Podolyak said Ukraine had nothing to do with the death of Darya Dugina.', 'the same: a killing is no strike; "nothing to do with the death" gives no fact without one'],
]);

test('gold table sizes: at least 20 disputes and 12 pairs that are no dispute', () => {
  assert.ok(POSITIVE.length + NEGATIVE.length >= 20, `${POSITIVE.length} + ${NEGATIVE.length} rows`);
  assert.ok(NEGATIVE.length >= 12, `${NEGATIVE.length} negative rows`);
});

test('a blame and its answer: a responsibility dispute', () => {
  const bad: string[] = [];
  for (const [a, ad, b, bd, kind] of POSITIVE) {
    const got = kindsBetween(a, ad, b, bd);
    if (got.includes(kind!) === KNOWN_MISSES.has(b)) bad.push(`${a}\n  vs ${b}\n  want ${kind}, got ${got.join(', ') || 'no dispute'}${KNOWN_MISSES.has(b) ? ' (a known miss now right: take it off KNOWN_MISSES)' : ''}`);
  }
  assert.deepEqual(bad, []);
});

test('no dispute: no truce, one side twice, a third party, another event, a week apart', () => {
  const bad: string[] = [];
  for (const [a, ad, b, bd] of NEGATIVE) {
    const got = kindsBetween(a, ad, b, bd);
    if ((got.length > 0) !== KNOWN_MISSES.has(b)) bad.push(`${a}\n  vs ${b}\n  want no dispute, got ${got.join(', ') || 'none'}${KNOWN_MISSES.has(b) ? ' (a known miss now right: take it off KNOWN_MISSES)' : ''}`);
  }
  assert.deepEqual(bad, []);
});
