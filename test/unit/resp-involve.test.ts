/**
 * Lane involve: responsibility facts from how people accuse and deny in English, Russian and
 * Ukrainian: "decisions on such attacks are taken in Washington", «будто Кремль причастен»
 * (the short form), «спецоперація СБУ» (a side claiming its own operation), «розправа, яку влаштував
 * Путін» (a deed arranged by a side), "bears responsibility". Every sentence is our own, on other
 * incidents, speakers and wording than the dev gold; expectations written by hand before the rules.
 * Must-not rows are the precision traps: a denial by X of X, a conditional, a question, an accusation
 * about something that is no attack, another group's claim of responsibility quoted by a third party.
 * Labels as test/unit/fact-labels.ts gives them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFactRows, claimRecords, type FactRow } from './fact-labels.js';

test('involve: Russian and Ukrainian accusations give the accused side as the doer', () => {
  const rows: FactRow[] = [
    // a decision taken in a capital: the side of that capital is behind the attacks
    ['Решения об ударах по Белгороду принимаются не в Киеве, а в Вашингтоне, заявила официальный представитель МИД России Мария Захарова.', undefined, ['resp US 1'], ['resp US -1']],
    ['Рішення про удари по енергетиці України ухвалюються в Кремлі, заявив Президент Володимир Зеленський.', undefined, ['resp RU 1'], ['resp RU -1']],
    // a side's own operation named after the strike («— спецоперація СБУ»)
    ['Удар по нафтобазі в Новоросійську — спецоперація Служби безпеки України, повідомило джерело в СБУ.', undefined, ['resp UA 1'], ['resp UA -1']],
    ['Взрыв на железнодорожном мосту в Мелитополе — спланированная операция украинских спецслужб, заявил Владимир Рогов.', undefined, ['resp UA 1'], []],
    // "did not rule out that it was a provocation by X": the speaker's own hedged accusation of staging
    ['«Не виключаю, що вибух на мосту в Криму може бути провокацією самих росіян», — сказав речник ВМС ЗСУ Дмитро Плетенчук.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['«Не исключаю, что атака на Белгород была провокацией киевского режима», — заявил Дмитрий Песков.', undefined, ['resp UA 1'], ['resp RU 1']],
    // a killing called a side's reprisal or revenge, or arranged by it
    ['Вбивство полковника під Херсоном — це розправа, яку влаштували російські спецслужби, заявив Михайло Подоляк.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['Теракт в Белгородской области, который организовал Киев, унёс жизни пяти человек, заявил губернатор Вячеслав Гладков.', undefined, ['resp UA 1'], []],
  ];
  checkFactRows(rows);
});

test('involve: a side calling the claims of its own involvement lies denies it, also with no place named', () => {
  const rows: FactRow[] = [
    // the Russian short form «причастен»: said by the Kremlin of the Kremlin, a denial
    ['Пресс-секретарь президента Дмитрий Песков назвал ложью утверждения, будто Кремль причастен к крушению вертолёта под Брянском.', undefined, ['resp RU -1'], ['resp RU 1']],
    ['Официальный представитель МИД Мария Захарова назвала абсурдными заявления о причастности России к взрывам на газопроводе.', undefined, ['resp RU -1'], ['resp RU 1']],
    // a denial by X of X is never X's accusation of itself
    ['Песков заявил, что Кремль не причастен к атаке на нефтебазу в Крыму.', undefined, ['resp RU -1'], ['resp RU 1']],
  ];
  checkFactRows(rows);
});

test('involve: English accusations by a capital, by bearing responsibility, by an organiser', () => {
  const rows: FactRow[] = [
    ['Decisions on strikes like this are made in Washington, not in Kyiv, Russian foreign ministry spokeswoman Maria Zakharova said of the drone attack on Moscow.', undefined, ['resp US 1'], ['resp US -1']],
    ["Russia bears full responsibility for the missile strike on the children's hospital in Kyiv, Ukrainian Foreign Minister Dmytro Kuleba said.", undefined, ['resp RU 1'], ['resp RU -1']],
    ['The blast on the Kerch bridge was organised by the Ukrainian security service, Russian investigators said.', undefined, ['resp UA 1'], []],
  ];
  checkFactRows(rows);
});

test('involve: must-not traps (conditional, question, no attack, a third party quoting a claim, a denial)', () => {
  const rows: FactRow[] = [
    // conditional
    ["Якщо з'ясується, що Росія причетна до вибуху на Каховській ГЕС, санкції буде посилено, заявив прем'єр-міністр Денис Шмигаль.", undefined, [], ['resp RU 1']],
    ['Если окажется, что Киев причастен к атаке на Курскую АЭС, ответ будет жёстким, заявил Дмитрий Медведев.', undefined, [], ['resp UA 1']],
    ['If it turns out that Russia was behind the blast at the Kakhovka dam, new sanctions will follow, U.S. Secretary of State Antony Blinken said.', undefined, [], ['resp RU 1']],
    // question
    ['США должны ответить, стоят ли они за атаками беспилотников на Москву, заявил Дмитрий Песков.', undefined, [], ['resp US 1']],
    ['The United States must say whether it is behind the drone attacks on Moscow, Kremlin spokesman Dmitry Peskov said.', undefined, [], ['resp US 1']],
    // decisions about something that is no attack
    ['Решения о поставках оружия Киеву принимаются в Вашингтоне, заявил Дмитрий Песков.', undefined, [], ['resp US 1']],
    ['Decisions on weapons deliveries to Kyiv are made in Washington, Kremlin spokesman Dmitry Peskov said.', undefined, [], ['resp US 1']],
    // an operation with no strike in the claim, and the «special military operation» after «на»
    ['Операция ВСУ в Курской области продолжается, заявил главнокомандующий Александр Сырский.', undefined, [], ['resp UA 1']],
    ['Российские войска нанесли удар по Харькову в ходе специальной военной операции на Украине, сообщило Минобороны России.', undefined, [], ['resp UA 1']],
    // "did not rule out" a strike is a possibility, no account of one (and no staging named)
    ['«Мы не исключаем ответных ударов по объектам на Украине», — заявил заместитель министра иностранных дел Сергей Рябков.', undefined, [], ['resp RU 1', 'resp RU -1']],
    // an organising verb of something that is no attack
    ['Після удару по Херсону бригада організувала евакуацію мешканців, повідомив Олександр Прокудін.', undefined, [], ['resp UA 1']],
    // another group's claim of responsibility quoted by a third party
    ['Islamic State claimed responsibility for the attack on the concert hall near Moscow, the Kremlin said.', undefined, [], ['resp RU 1']],
    // an accusation the speaker says others mean to make («щоб потім звинуватити Україну»): a scheme told, not the speaker's accusation
    ['«Ми вже бачили, як окупанти обстрілюють власні міста, щоб потім звинуватити Україну», — сказав речник Сил оборони півдня Владислав Волошин.', undefined, [], ['resp UA 1']],
    ['Киевский режим устраивает подобные провокации на Запорожской АЭС, чтобы обвинить Россию, заявила Мария Захарова.', undefined, [], ['resp RU 1']],
    // a denial by X of X
    ['Russia has denied any involvement in the strike on the Kyiv hospital, Kremlin spokesman Dmitry Peskov said.', undefined, [], ['resp RU 1']],
  ];
  checkFactRows(rows);
});

test('involve: the capitals of "decisions are taken in X, not in Y" are seats of power, not the claim\'s place', () => {
  const bad: string[] = [];
  let usRead = 0;
  for (const text of [
    'Decisions on strikes like this are made in Washington, not in Kyiv, Russian foreign ministry spokeswoman Maria Zakharova said of the drone attack on the Novoshakhtinsk refinery.',
    'Решения об ударах по Новошахтинскому НПЗ принимаются не в Киеве, а в Вашингтоне, заявила официальный представитель МИД России Мария Захарова.',
  ]) {
    for (const r of claimRecords('t', text, '2024-06-01T10:00:00Z')) {
      const names = r.places.map((p) => p.name);
      const us = r.events?.some((e) => e.topic === 'responsibility' && e.agentSide === 'US') ?? false;
      if (us) usRead++;
      if (us && names.some((n) => /^(Kyiv|Washington)/.test(n))) bad.push(`${text}: ${names.join(', ')}`);
    }
  }
  // (the check means something only where the accusation is read: both texts blame the United States)
  assert.equal(usRead, 2);
  assert.deepEqual(bad, []);
});
