/**
 * Lane fixA: findings 1, 2, 6 and 8 of the re-read of the merged compare change, each pinned on the
 * reviewer's sentence and variants of our own (places and speakers retellings of public reporting or
 * invented for the construction), written before the fix. Labels as test/unit/fact-labels.ts gives them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFactRows, claimRecords } from './fact-labels.js';
import { compareClaims } from '../../src/compare/index.js';
import { analyze } from '../../src/analyze/index.js';

test('finding 1: explosions heard as the work of the speaker\'s own air defence are no air-defence cause', () => {
  checkFactRows([
    ['У Києві пролунали вибухи внаслідок роботи ППО, повідомив мер Віталій Кличко.', undefined, [], ['cause defence']],
    ['Explosions heard in Kyiv on Sunday morning were the result of air defence work, Mayor Vitali Klitschko said.', undefined, [], ['cause defence']],
    ['Громкие звуки в Белгороде — результат работы ПВО, сообщил губернатор Вячеслав Гладков.', undefined, [], ['cause defence']],
    // variants: a sound word in Russian and English, and the speaker's own air defence left unnamed
    ['Взрывы в Курске — результат работы ПВО, заявил губернатор Алексей Смирнов.', undefined, [], ['cause defence']],
    ['Loud bangs heard over Odesa were caused by air defence, the regional governor Oleh Kiper said.', undefined, [], ['cause defence']],
    // the opponent's air defence named as what did the damage is still a cause
    ['Пошкодження будинку в Херсоні — наслідок роботи російської ППО, повідомив речник Сил оборони півдня Владислав Волошин.', undefined, ['cause defence'], []],
  ]);
});

test('finding 1: Klitschko\'s air-defence explosions against a strike claimed is no cause dispute', () => {
  const a = claimRecords('a', 'КИЇВ, 3 березня - У Києві пролунали вибухи внаслідок роботи ППО, повідомив мер Віталій Кличко.', '2024-03-03T10:00:00Z');
  const b = claimRecords('b', 'МОСКВА, 3 марта - Российские войска нанесли удар по объектам в Киеве, сообщило Минобороны России.', '2024-03-03T15:00:00Z');
  const res = compareClaims([...a, ...b]);
  assert.equal(res.disputes.filter((d) => d.kind === 'cause').length, 0, JSON.stringify(res.disputes.map((d) => [d.kind, d.explanation])));
});

test('finding 2: only the subject of "answer for" is blamed, not a side it was done to', () => {
  checkFactRows([
    ['U.N. human rights chief Volker Turk said those who fired missiles at Kyiv would answer for it.', undefined, [], ['resp UA 1']],
    ['President Volodymyr Zelensky said those who attacked Ukraine would answer for every death.', undefined, [], ['resp UA 1']],
    ['Foreign Minister Dmytro Kuleba said the people who shelled Ukrainian cities will answer for their crimes.', undefined, [], ['resp UA 1']],
    // the subject still blames
    ['Russian drones hit a school in Sumy. Foreign Minister Dmytro Kuleba said Moscow will answer for this crime.', undefined, ['resp RU 1'], []],
    ['Russian missiles struck Kyiv overnight. President Volodymyr Zelensky said Russia was killing civilians and would have to answer for it.', undefined, ['resp RU 1'], []],
  ]);
});

test('finding 2: Turk\'s "would answer for it" is no dispute against a Russian missile', () => {
  const a = claimRecords('a', 'KYIV, July 8 - A Russian missile hit the children\'s hospital in Kyiv, Mayor Vitali Klitschko said.', '2024-07-08T10:00:00Z');
  const b = claimRecords('b', 'GENEVA, July 8 - U.N. human rights chief Volker Turk said those who fired missiles at the hospital in Kyiv would answer for it.', '2024-07-08T15:00:00Z');
  const res = compareClaims([...a, ...b]);
  assert.equal(res.disputes.filter((d) => d.kind === 'responsibility').length, 0, JSON.stringify(res.disputes.map((d) => [d.kind, d.explanation])));
});

test('finding 6: «только/лише по» before a civilian target is no policy: the strike stays', () => {
  checkFactRows([
    ['Российский удар пришёлся только по жилым кварталам Харькова, заявил губернатор Олег Синегубов.', undefined, ['resp RU 1'], []],
    ['Росія вдарила лише по житлових будинках Харкова, заявив губернатор Олег Синєгубов.', undefined, ['resp RU 1'], []],
    ['Російська ракета влучила лише по житловому будинку в Дніпрі, повідомив голова ОВА Сергій Лисак.', undefined, ['resp RU 1'], []],
    // the policy with a military noun still is one
    ['Ми б’ємо виключно по військових об’єктах окупантів, заявив речник Сил оборони півдня.', undefined, [], ['cause attack', 'resp UA 1']],
    ['Российские вооружённые силы по жилым домам не бьют, удары наносятся только по военным целям, заявил Дмитрий Песков.', undefined, ['resp RU -1'], ['cause attack', 'resp RU 1']],
  ]);
});

test('finding 8: information or data collected by / obtained by / from a named body is a source', () => {
  const speakers = (text: string): (string | null)[] => analyze({ id: 'x', text }).claims.map((c) => c.speaker?.text ?? null);
  const has = (text: string, re: RegExp): void => {
    const s = speakers(text);
    assert.ok(s.some((x) => x !== null && re.test(x)), `${text}\n  speakers: ${JSON.stringify(s)}`);
  };
  has('According to data collected by the U.N. human rights mission, 35 civilians were killed in Ukraine in May.', /U\.N\.|mission/);
  has('According to information obtained by Reuters, the strike killed 12 soldiers near Pokrovsk.', /Reuters/);
  has('According to data from the Ukrainian air force, Russia launched 40 drones overnight.', /air force/);
  // bare information or data is still no source
  assert.deepEqual(speakers('According to available information, the damage in the town centre was caused by a Ukrainian air defence missile.'), []);
  assert.deepEqual(speakers('According to preliminary data, the strike on Kherson killed two people.'), []);
});
