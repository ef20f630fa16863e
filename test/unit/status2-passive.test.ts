/**
 * Who attacked whom in a passive or an impersonal sentence, and status across and inside sides
 * (lane status2). "Russian forces were being attacked", «їх атакують», «их атакуют», «нас атакуют»:
 * the side named (or the pronoun's antecedent) is the side attacked, never the doer; a doer named
 * after "by" or as the subject of an active verb is kept. Compare rows: the Berdin pair (a Ukrainian
 * voice saying the Russians are attacked, in English and in Ukrainian) is no responsibility dispute;
 * must-nots from the brief: a side updating its own status, a blogger agreeing with the ministry,
 * "hundreds" of a different tally. Sentences are our own, written the way Ukrainian officials,
 * Russian war bloggers, the Russian MoD and wire copy phrase them; every expected value was decided
 * by hand before the rule was written. Rows marked todo are gold the rules do not meet yet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

/** The responsibility facts of every claim of `text`, as "RU+", "UA-" ... */
function blame(text: string, lang?: string): string[] {
  const a = analyze({ id: 'x', text, published: '2025-01-05T12:00:00Z', ...(lang ? { lang } : {}) });
  return a.claims.flatMap((_, i) => (extractClaimFacts(a, i).events ?? []).filter((e) => e.topic === 'responsibility').map((e) => `${e.agentSide}${e.polarity > 0 ? '+' : '-'}`));
}

// [name, text, sides that must not be the doer (either polarity), doer fact wanted or null, todo]
const rows: [string, string, string[], string | null, boolean?][] = [
  // --- English passive: the subject is the side attacked ---
  ['en: Russian forces were being attacked (Kovalenko)', 'Andriy Kovalenko of the Centre for Countering Disinformation said Russian forces were being attacked from several directions and had been caught by surprise.', ['RU'], null],
  ['en: the Berdin paragraph, Yermak then Kovalenko', "Andriy Yermak, head of President Volodymyr Zelensky's office, wrote on Telegram that the news from the Kursk region was good and that Russia was getting what it had earned. Andriy Kovalenko of the Centre for Countering Disinformation said Russian forces were being attacked from several directions and had been caught by surprise.", ['RU'], null],
  ['en: Russian positions were attacked', 'A Ukrainian military spokesman said Russian positions near Berdin were attacked on Sunday morning.', ['RU'], null],
  ['en: Russian troops were being shelled', 'Russian troops near Tetkino were being shelled around the clock, a Ukrainian commander said.', ['RU'], null],
  ['en: Ukrainian positions were being attacked (own side attacked)', 'Ukrainian positions near Chasiv Yar were being attacked around the clock, a Ukrainian commander said.', ['UA'], null],
  ['en: attacked by Russian aircraft keeps the doer', "Russia's defence ministry said Ukrainian troops had been attacked by Russian aircraft near Krynky.", ['UA'], 'RU+'],
  ['en: own positions attacked by Russian forces (speaker attacked)', "Ukraine's General Staff said its positions near Avdiivka were attacked by Russian forces 15 times over the past day.", ['UA'], 'RU+'],
  ['en: the active voice keeps its subject', "Ukraine's General Staff said Russian troops attacked Ukrainian positions near Bakhmut 20 times.", ['UA'], 'RU+'],
  ['en: its forces were attacking', "Ukraine's military said its forces were attacking Russian positions in the Kursk region.", ['RU'], null],
  // --- Ukrainian impersonal: «їх атакують» ---
  ['uk: «їх атакують» (Kovalenko)', '«Росіяни стурбовані, бо їх атакують у Курській області з кількох напрямків, і для них це стало несподіванкою», — написав у телеграмі Андрій Коваленко.', ['RU'], null],
  ['uk: «окупанти ... їх атакують»', '«Окупанти в паніці: їх атакують одразу з трьох напрямків», — заявив речник Сил оборони півдня Владислав Волошин.', ['RU'], null],
  ['uk: «їх атакують наші дрони»', '«Окупантів на лівому березі постійно обстрілюють, їх атакують наші дрони», — заявив Владислав Волошин.', ['RU'], null],
  ['uk: «наших хлопців атакують» (own side attacked)', '«Наших хлопців під Покровськом атакують щодня», — заявив командир батальйону.', ['UA'], null],
  ['uk: active «Російські війська атакують наші позиції з дронів»', '«Російські війська атакують наші позиції біля Покровська з дронів», — заявив речник ЗСУ.', ['UA'], null, true],
  // --- Russian impersonal: «их атакуют», «нас атакуют» ---
  ['ru: «их атакуют» (Kovalenko in Russian)', '«Русские части не ожидали удара: их атакуют с нескольких направлений», — написал Андрей Коваленко.', ['RU'], null],
  ['ru: «нас атакуют» (a Russian blogger, own side attacked)', '«Нас атакуют с трёх сторон, артиллерии не хватает», — написал военкор Юрий Подоляка.', ['RU'], null],
  ['ru: «украинские части ... их атакуют»', '«Украинские части под Кураховом в полуокружении, их атакуют с трёх сторон», — заявил Денис Пушилин.', ['UA'], null],
  ['ru: «их обстреливают» (a Russian blogger, own side shelled)', '«Наши штурмовики зашли на окраину Суджи, их обстреливают из миномётов», — написал военкор Александр Коц.', ['RU'], null],
  ['ru: active «Российские войска атакуют позиции ВСУ дронами»', '«Российские войска атакуют позиции ВСУ дронами под Курском», — заявил Андрей Коваленко.', ['UA'], 'RU+'],
];

for (const [name, text, never, want, todo] of rows) {
  test(`status2 blame: ${name}`, { todo: todo ? 'gold the rules do not meet yet' : false }, () => {
    const got = blame(text);
    for (const s of never) assert.ok(!got.includes(`${s}+`) && !got.includes(`${s}-`), `${s} is the side attacked, not the doer: ${got.join(' ')}`);
    if (want) assert.ok(got.includes(want), `wanted ${want}: ${got.join(' ')}`);
  });
}

// --- compare ---
type Doc = [id: string, day: string, text: string, author?: string];

function records([id, day, text, author]: Doc): ClaimRecord[] {
  const published = `${day}T10:00:00Z`;
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: author ?? id, textOf: id, published }));
}

/** The disputes of `docs` of kind `kind`, as their sides' documents. */
function disputesOf(docs: Doc[], kind: string): string[] {
  return compareClaims(docs.flatMap(records))
    .disputes.filter((d) => d.kind === kind)
    .map((d) => d.sides.map((s) => [...new Set(s.claims.map((c) => c.split('#')[0]!))].sort().join('+')).sort().join(' | '));
}

const RU_MOD = 'Министерство обороны Российской Федерации';
const BERDIN_EN = "Andriy Yermak, head of President Volodymyr Zelensky's office, wrote on Telegram that the news from the Kursk region was good and that Russia was getting what it had earned. Andriy Kovalenko of the Centre for Countering Disinformation said Russian forces were being attacked from several directions and had been caught by surprise.";
const BERDIN_UK = '«Росіяни стурбовані, бо їх атакують у Курській області з кількох напрямків, і для них це стало несподіванкою», — написав у телеграмі керівник Центру протидії дезінформації РНБО Андрій Коваленко.';
const BERDIN_RU1 = 'Сегодня ВСУ предприняли попытку контрнаступления в Курской области в направлении населённого пункта Бердин. Штурмовая группа противника в составе двух танков и двенадцати боевых бронированных машин разгромлена огнём артиллерии и ударами авиации.';
const BERDIN_RU2 = 'Подразделения группировки войск «Север» продолжают уничтожение формирований ВСУ на территории Курской области. Все попытки ВСУ прорваться вглубь области отражены.';

// [name, docs, kind, disputes wanted (sides by document), todo]
const pairs: [string, Doc[], string, string[], boolean?][] = [
  ['berdin: one Ukrainian voice in English and in Ukrainian is no responsibility dispute', [
    ['en', '2025-01-05', BERDIN_EN], ['uk', '2025-01-05', BERDIN_UK],
  ], 'responsibility', []],
  ['berdin: with the ministry\'s two posts, no responsibility dispute either', [
    ['en', '2025-01-05', BERDIN_EN], ['uk', '2025-01-05', BERDIN_UK], ['ru1', '2025-01-05', BERDIN_RU1, RU_MOD], ['ru2', '2025-01-06', BERDIN_RU2, RU_MOD],
  ], 'responsibility', []],
  ['berdin: the Russians attacked (Ukraine) against the attempt routed (Russia) is a status dispute across sides', [
    ['uk', '2025-01-05', BERDIN_UK], ['ru2', '2025-01-06', BERDIN_RU2, RU_MOD],
  ], 'status', ['ru2 | uk'], true],
  ['must-not: a side updating its own status (attempts repelled, then destruction goes on)', [
    ['ru1', '2025-01-05', BERDIN_RU1, RU_MOD], ['ru2', '2025-01-06', BERDIN_RU2, RU_MOD],
  ], 'status', []],
  ['must-not: a blogger agreeing with the ministry (attacks near Berdin repelled)', [
    ['ru2', '2025-01-06', BERDIN_RU2, RU_MOD],
    ['blog', '2025-01-06', 'Атаку противника под Бердином отбили, все попытки ВСУ прорваться вглубь Курской области отражены, противник отброшен.', 'Рыбарь'],
  ], 'status', []],
  ['must-not: "hundreds" of a different tally (the month, not the strike)', [
    ['mod', '2023-01-02', 'В результате удара по пункту временной дислокации в районе Макеевки погибли 63 российских военнослужащих.', RU_MOD],
    ['blog', '2023-01-02', 'За декабрь на донецком направлении наши части потеряли убитыми и ранеными сотни человек, и никто за это не ответил.', 'Игорь Стрелков'],
  ], 'figures', []],
];

for (const [name, docs, kind, want, todo] of pairs) {
  test(`status2 compare: ${name}`, { todo: todo ? 'gold the rules do not meet yet' : false }, () => {
    assert.deepEqual(disputesOf(docs, kind), want);
  });
}
