/**
 * Table tests for attribution gaps that hid denials and reports (lane attr2): the reporting verb
 * «доложить/докладывать» (a commander reports to the president), «назвать ... фейком/ложью» (calling
 * reports a lie is a claim of the caller), speaker sides of "U.S." officials (a country abbreviation
 * written with full stops) and of a Russian governor not listed before (Igor Rudenya, Tver). Sentences
 * written for these tests in the style of wire and channel reports; the expected speaker, cue,
 * content and side of every row were worked out by hand from the text before the rules were changed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sideOfPhrase } from '../../src/compare/speaker.js';
import { analyze } from '../../src/index.js';
import { extractClaimFacts } from '../../src/compare/facts.js';
import { checkClaimRow, type ClaimRow } from './claim-rows.js';

describe('«доложить/докладывать» is a reporting verb', () => {
  const rows: ClaimRow[] = [
    { name: 'доложил ..., что', text: 'Начальник Генштаба Валерий Герасимов доложил Путину, что освобождено более 1 100 кв. км территории.', speaker: 'Начальник Генштаба Валерий Герасимов', cue: 'доложил', content: 'что освобождено более 1 100 кв. км территории' },
    { name: 'доложил, что (no addressee)', text: 'Командующий группировкой доложил, что войска заняли Суджу.', speaker: 'Командующий группировкой', cue: 'доложил', content: 'что войска заняли Суджу' },
    { name: 'доложила (feminine)', text: 'Министр доложила, что все пострадавшие получили помощь.', speaker: 'Министр', cue: 'доложила', content: 'что все пострадавшие получили помощь' },
    { name: 'доложили (plural)', text: 'Военные доложили, что противник отступил от села.', speaker: 'Военные', cue: 'доложили', content: 'что противник отступил от села' },
    { name: 'докладывает (present)', text: 'Командир докладывает, что позиции удерживаются.', speaker: 'Командир', cue: 'докладывает', content: 'что позиции удерживаются' },
    { name: 'inverted: ..., доложил X', text: 'Населенный пункт полностью освобожден, доложил командующий группировкой.', speaker: 'командующий группировкой', cue: 'доложил', content: 'Населенный пункт полностью освобожден' },
    { name: 'Ukrainian доповів, що', text: 'Головнокомандувач доповів, що ситуація на напрямку стабілізована.', speaker: 'Головнокомандувач', cue: 'доповів', content: 'що ситуація на напрямку стабілізована' },
    { name: 'Ukrainian доповідає (present)', text: 'Командир бригади доповідає, що ворог зазнав втрат.', speaker: 'Командир бригади', cue: 'доповідає', content: 'що ворог зазнав втрат' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});

describe('«назвать ... фейком/ложью» is a claim of the caller', () => {
  const rows: ClaimRow[] = [
    { name: 'Песков назвал сообщения ... фейком', text: 'Песков назвал сообщения о переговорах фейком.', speaker: 'Песков', cue: 'назвал', content: 'сообщения о переговорах фейком' },
    { name: 'назвало (neuter body)', text: 'Министерство обороны назвало сообщения об ударе по Белгороду фейком.', speaker: 'Министерство обороны', cue: 'назвало', content: 'сообщения об ударе по Белгороду фейком' },
    { name: 'назвал ... ложью', text: 'Зеленский назвал заявления Москвы о взятии Купянска ложью.', speaker: 'Зеленский', cue: 'назвал', content: 'заявления Москвы о взятии Купянска ложью' },
    { name: 'назвала (feminine)', text: 'Захарова назвала публикацию о потерях провокацией.', speaker: 'Захарова', cue: 'назвала', content: 'публикацию о потерях провокацией' },
    { name: 'назвали (plural)', text: 'В Минобороны назвали эти данные фейком.', speaker: 'Минобороны', cue: 'назвали', content: 'эти данные фейком' },
    { name: 'Ukrainian назвав ... вигадкою', text: 'Генштаб ЗСУ назвав повідомлення про оточення Покровська вигадкою.', speaker: 'Генштаб ЗСУ', cue: 'назвав', content: 'повідомлення про оточення Покровська вигадкою' },
    { name: 'Ukrainian назвав ... фейком', text: 'Сирський назвав заяви росіян про захоплення села фейком.', speaker: 'Сирський', cue: 'назвав', content: 'заяви росіян про захоплення села фейком' },
    { name: 'a parenthetical "в свою очередь" set off by commas before назвал', text: 'Канцлер ФРГ Олаф Шольц, в свою очередь, назвал удар России «ужасной эскалацией».', speaker: 'Канцлер ФРГ Олаф Шольц', cue: 'назвал', content: 'удар России «ужасной эскалацией»' },
    { name: '"Песков, в свою очередь, назвал ..."', text: 'Песков, в свою очередь, назвал эти сообщения фейком.', speaker: 'Песков', cue: 'назвал', content: 'эти сообщения фейком' },
    { name: 'Ukrainian "своєю чергою" set off by commas', text: 'Міністр оборони, своєю чергою, назвав цю заяву вигадкою.', speaker: 'Міністр оборони', cue: 'назвав', content: 'цю заяву вигадкою' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});

describe('speaker sides: "U.S." with full stops and a governor of Tver', () => {
  const rows: [string, string | null][] = [
    ['a senior U.S. defense official', 'US'],
    ['senior U.S. defense official', 'US'],
    ['a U.S. defense official', 'US'],
    ['U.S. officials', 'US'],
    ['a senior US defence official', 'US'],
    ['a senior U.S. military official', 'US'],
    ['the U.S. State Department', 'US'],
    ['a senior Russian defence official', 'RU'],
    ['Tver Governor Igor Rudenya', 'RU'],
    ['Governor Igor Rudenya', 'RU'],
    ['Igor Rudenya', 'RU'],
    ['Rudenya', 'RU'],
    ['Игорь Руденя', 'RU'],
    ['губернатор Тверской области Игорь Руденя', 'RU'],
    ['Руденя', 'RU'],
    ['Ігор Руденя', 'RU'],
  ];
  for (const [phrase, side] of rows) it(phrase, () => assert.equal(sideOfPhrase(phrase).side, side));
});

describe('English: "said none of ..." is a bare clause after the cue', () => {
  const rows: ClaimRow[] = [
    { name: 'said none of the drones', text: 'The defence minister said none of the drones reached the city.', speaker: 'The defence minister', cue: 'said', content: 'none of the drones reached the city' },
    { name: 'said none of the soldiers', text: 'The minister said none of the soldiers were hurt.', speaker: 'The minister', cue: 'said', content: 'none of the soldiers were hurt' },
    { name: 'named minister, said none of', text: 'Defence Minister Andrei Belousov said none of the Ukrainian units had crossed the border.', speaker: 'Defence Minister Andrei Belousov', cue: 'said', content: 'none of the Ukrainian units had crossed the border' },
    { name: 'said neither of', text: 'The governor said neither of the bridges was damaged.', speaker: 'The governor', cue: 'said', content: 'neither of the bridges was damaged' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});

describe('an inverted speaker ends before a meeting or a weekday ("заявил президент на совещании")', () => {
  const rows: ClaimRow[] = [
    { name: 'заявил президент на совещании', text: 'Ситуация в Курской области под контролем, заявил президент на совещании с военными.', speaker: 'президент', cue: 'заявил', content: 'Ситуация в Курской области под контролем' },
    { name: 'заявил Путин на заседании', text: 'Противник несет большие потери, заявил Путин на заседании Совбеза.', speaker: 'Путин', cue: 'заявил', content: 'Противник несет большие потери' },
    { name: 'сказал X на встрече', text: 'Переговоры возможны, сказал министр иностранных дел на встрече с послами.', speaker: 'министр иностранных дел', cue: 'сказал', content: 'Переговоры возможны' },
    { name: 'заявил X в среду', text: 'Войска продвигаются к Купянску, заявил президент России в среду.', speaker: 'президент России', cue: 'заявил', content: 'Войска продвигаются к Купянску' },
    { name: 'сообщил X в пятницу', text: 'Пострадавших нет, сообщил губернатор Белгородской области в пятницу.', speaker: 'губернатор Белгородской области', cue: 'сообщил', content: 'Пострадавших нет' },
    { name: 'Ukrainian: заявив X на нараді', text: 'Ситуація складна, заявив головнокомандувач на нараді з командирами.', speaker: 'головнокомандувач', cue: 'заявив', content: 'Ситуація складна' },
    { name: 'Ukrainian: повідомив X у четвер', text: 'Загиблих немає, повідомив начальник ОВА у четвер.', speaker: 'начальник ОВА', cue: 'повідомив', content: 'Загиблих немає' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});

describe('a side word that is the object of an action noun is no subject ("по вытеснению противника ... освобождено")', () => {
  // [text, the control phrase, the side that holds the place after it]
  const rows: [string, string, string][] = [
    ['С начала операции по вытеснению противника из Курской области освобождено более 1 100 кв. км, доложил Герасимов.', 'освобождено', 'RU'],
    ['В ходе вытеснения противника освобождено село Малая Локня, доложил Герасимов.', 'освобождено', 'RU'],
    ['После разгрома противника освобождено село Свердликово, сообщил Герасимов.', 'освобождено', 'RU'],
    ['В результате уничтожения противника освобождено село Плехово, доложил Герасимов.', 'освобождено', 'RU'],
    ['Під час витіснення ворога звільнено село Андріївка, повідомив Сирський.', 'звільнено', 'UA'],
    ['Противник освободил село Плехово, доложил Герасимов.', 'освободил', 'UA'],
  ];
  for (const [text, phrase, side] of rows) {
    it(text, () => {
      const a = analyze({ id: 't', text });
      const f = (extractClaimFacts(a, 0).statuses ?? []).find((s) => s.text === phrase);
      assert.ok(f, JSON.stringify(extractClaimFacts(a, 0).statuses));
      assert.equal(f.subjectSide, side);
    });
  }
});
