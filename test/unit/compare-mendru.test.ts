/**
 * Table-driven probes for lane mendRU (issue 9): extra responsibility facts on real Russian channel
 * posts (bench ru-real dev). The subject of an active attack verb is its doer, not a side word of its
 * object; a side word after «к» is where an act is aimed; using and hauling weapons is logistics,
 * no strike. Sentences written for these tests (not in any gold file); expected values by hand.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ruukEventFacts } from '../../src/compare/responsibility.js';
import { morphologyReady } from '../../src/analyze/ruuk/morph.js';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/facts.js';

/** The responsibility and cause facts of a whole sentence: "side:polarity" and "cause:<cause>". */
function facts(text: string): string[] {
  return ruukEventFacts(text, [{ start: 0, end: text.length }], null)
    .map((f) => (f.topic === 'cause' ? `cause:${f.cause}` : `${f.agentSide}:${f.polarity}`));
}

before(() => {
  // the subject rule reads the verb's part of speech from the Russian dictionary
  assert.ok(morphologyReady(), 'the Russian dictionary did not load');
});

test('ruukEventFacts: the subject before an active attack verb is its doer, not the side of its object', () => {
  const rows: [string, string[]][] = [
    // («атаковали опорный пункт» with no weapon is an assault on foot since lane rucause: a strike verb here)
    ['Российские войска обстреляли опорный пункт ВСУ под Торецком.', ['RU:1', 'cause:attack']],
    ['Вчера ВСУ обстреляли позиции российской армии у Васильевки.', ['UA:1', 'cause:attack']],
    ['Российская авиация разбомбила склад украинских боеприпасов.', ['RU:1', 'cause:attack']],
    ['ВС РФ не атаковали колонну ВСУ.', ['RU:-1']],
    // guards: with no side before the verb the one after it is the doer; a verbal noun keeps the nearest side
    ['Ночью обстреляли Горловку украинские военные.', ['UA:1', 'cause:attack']],
    ['Удар по плотине нанесли ВСУ.', ['UA:1', 'cause:attack']],
  ];
  for (const [text, want] of rows) assert.deepEqual(facts(text), want, text);
});

test('ruukEventFacts: a side after «к», and weapons used or hauled, are no doer of a strike', () => {
  const rows: [string, string[]][] = [
    ['Сапёр подтащил заряд к окопу ВСУ и взорвал его.', []],
    ['Разведчик подполз к траншее противника и подорвал её.', []],
    ['Противник использовал дорогу для подвоза ракет.', []],
    ['Украинские подразделения подвезли снаряды к линии фронта.', []],
    ['ВСУ использовали эту трассу, чтобы доставлять беспилотники.', []],
    // guards: a weapon fired by a named side, and a strike on a side's position, stay
    ['Беспилотник ВСУ попал в жилой дом.', ['UA:1', 'cause:attack']],
    ['Российские войска нанесли удар по позициям ВСУ.', ['RU:1', 'cause:attack']],
  ];
  for (const [text, want] of rows) assert.deepEqual(facts(text), want, text);
});

test('speaker side: a governor named by the seat alone takes the one country of the post\'s places', () => {
  const sides = (text: string): (string | null)[] => {
    const a = analyze({ id: 'g', text, published: '2026-11-20T00:00:00Z', source: 'probe', author: null, ownVoice: null, lang: null });
    return a.claims.map((_, i) => extractClaimFacts(a, i).speaker.side);
  };
  const rows: [string, (string | null)[]][] = [
    ['Беспилотник упал на крышу гаража в Шебекино, сообщил губернатор.', ['RU']],
    ['Ракета попала в склад в Курской области, сообщил глава региона.', ['RU']],
    ['Над Харьковом сбиты три дрона, сообщил губернатор.', ['UA']],
    // a region both sides call theirs, places of two countries, a head of no region: unknown
    ['В Севастополе отражена атака, сообщил губернатор.', [null]],
    ['Обстрелы Белгорода и Харькова продолжаются, сообщил губернатор.', [null]],
    ['Завод в Курске остановлен, сообщил глава компании.', [null]],
  ];
  assert.deepEqual(rows.map(([t]) => sides(t)), rows.map(([, w]) => w));
});

test('ruukEventFacts: «бить тревогу» (to sound the alarm) is no strike', () => {
  const rows: [string, string[]][] = [
    ['Российские военблогеры бьют тревогу из-за нехватки дронов.', []],
    ['Украинские командиры били тревогу о нехватке снарядов.', []],
    ['ВСУ давно бьют тревогу: резервов нет.', []],
    // guard: «бьют по» is a strike
    ['Российские войска бьют по позициям у Покровска.', ['RU:1', 'cause:attack']],
  ];
  for (const [text, want] of rows) assert.deepEqual(facts(text), want, text);
});

test('extractClaimFacts: assault fighters («штурмовики») are no attack', () => {
  const events = (text: string): string[] => {
    const a = analyze({ id: 's', text, published: '2026-11-20T00:00:00Z', source: 'probe', author: null, ownVoice: null, lang: null });
    return a.claims.flatMap((_, i) => (extractClaimFacts(a, i).events ?? []).map((e) => `${e.topic}:${e.agentSide}:${e.cause ?? ''}`));
  };
  const rows: [string, string[]][] = [
    ['Военкор сообщил, что штурмовики вернулись на позиции под Торецком.', []],
    ['Военкор сообщил, что раненые штурмовики покинули опорник у Покровска.', []],
    ['Командир рассказал, что штурмовиков эвакуировали из Часова Яра.', []],
  ];
  assert.deepEqual(rows.map(([t]) => events(t)), rows.map(([, w]) => w));
});

test('extractClaimFacts: an «атака»/«штурм» with no doer and no weapon is an assault on foot, no strike as a cause', () => {
  const causes = (text: string): string[] => {
    const a = analyze({ id: 'c', text, published: '2026-11-20T00:00:00Z', source: 'probe', author: null, ownVoice: null, lang: null });
    return a.claims.flatMap((_, i) => (extractClaimFacts(a, i).events ?? []).filter((e) => e.topic === 'cause').map((e) => `${e.cause}`));
  };
  const rows: [string, string[]][] = [
    ['Военкор сообщил, что утром начался штурм посёлка у Торецка.', []],
    ['Командир рассказал, что контратаки у Курахово продолжались всю ночь.', []],
    ['Военкор пишет, что наступление у Покровска продолжается третьи сутки.', []],
    // guards: a weapon or strike word makes it a strike
    ['Губернатор сообщил, что после атаки беспилотников у Курска загорелся склад.', ['attack']],
    ['Военкор сообщил, что ракетная атака у Покровска повредила склад.', ['attack']],
  ];
  assert.deepEqual(rows.map(([t]) => causes(t)), rows.map(([, w]) => w));
});

test('ruukEventFacts: a weapon that names a post or crew («пункт управления БПЛА», «операторы дронов») is no strike', () => {
  const rows: [string, string[]][] = [
    ['Бойцы уничтожили два пункта управления БПЛА и роту ВСУ.', []],
    ['Уничтожены операторы беспилотников ВСУ у Купянска.', []],
    ['Ликвидирован пункт управления украинскими дронами.', []],
    // guards: a strike word or a weapon that hit stays
    ['Российские артиллеристы поразили пункт управления БПЛА ВСУ.', ['RU:1', 'cause:attack']],
    ['Беспилотник ВСУ попал в жилой дом у Курска.', ['UA:1', 'cause:attack']],
  ];
  for (const [text, want] of rows) assert.deepEqual(facts(text), want, text);
});
