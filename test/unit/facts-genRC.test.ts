/**
 * Lane genRC: responsibility facts of general phrasings that the dispute benchmark's dev misses showed
 * (docs/disputes-dev-misses-genRC.md), each pinned on the dev sentence that motivated it and on
 * sentences of our own (other places, speakers, word order, language), with the nearest misfire
 * beside them. Labels as test/unit/fact-labels.ts gives them ("resp RU -1").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFactRows } from './fact-labels.js';
import { ruukEventFacts } from '../../src/compare/responsibility.js';

const MOD = 'Министерство обороны Российской Федерации';

test('N1: a strike noun under a negative determiner or a negated light verb is denied, not affirmed', () => {
  checkFactRows([
    // dev, mariupol-maternity-2022-03 (the ministry in its own voice)
    ['Никаких ударов по наземным объектам в районе Мариуполя российские самолёты 9 марта не наносили.', MOD, ['resp RU -1'], ['resp RU 1']],
    // our own: the accused side, another town, the determiner after the side word
    ['ВСУ никаких ударов по рынку в Донецке не наносили, заявил представитель Генштаба ВСУ.', undefined, ['resp UA -1'], ['resp UA 1']],
    // the genitive of negation with no determiner: the light verb's «не» covers the noun before it
    ['Ударов по жилым кварталам Белгорода российская авиация не наносила, заявили в Минобороны России.', undefined, ['resp RU -1'], ['resp RU 1']],
    // Ukrainian: «жодних ... не завдавали»
    ["Жодних ударів по цивільних об'єктах у Херсоні українські військові не завдавали, заявив речник Сил оборони півдня.", undefined, ['resp UA -1'], ['resp UA 1']],
    ['Українські підрозділи ніяких ударів по Енергодару не завдавали, наголосив речник Генштабу ЗСУ.', undefined, ['resp UA -1'], ['resp UA 1']],
  ]);
});

test('N1: a negation of something else beside the strike leaves it affirmed', () => {
  checkFactRows([
    // «никаких» of another noun after a comma
    ['Российские самолёты нанесли удары по позициям ВСУ под Мариуполем, никаких потерь нет, заявили в Минобороны России.', undefined, ['resp RU 1'], ['resp RU -1']],
    ['ВСУ нанесли удар по рынку в Донецке, никаких военных объектов там не было, заявил Денис Пушилин.', undefined, ['resp UA 1'], ['resp UA -1']],
    // a light verb negated in another clause, after a comma
    ['ВСУ наносили удары по Донецку всю ночь, не считаясь с жертвами, заявил Денис Пушилин.', undefined, ['resp UA 1'], ['resp UA -1']],
    ['Російські війська завдали удару по Херсону, жодних військових об\'єктів поруч не було, заявив Олександр Прокудін.', undefined, ['resp RU 1'], ['resp RU -1']],
  ]);
});

test('W1: a weapon system only one side fires, as the strike\'s instrument, names that side as the doer', () => {
  checkFactRows([
    // dev, chaplyne-station-2022-08 (the ministry names the missile, not the side)
    ["Russia's defence ministry said an Iskander missile hit a military train at the station in the village of Chaplyne.", undefined, ['resp RU 1'], ['resp UA 1']],
    // dev, kremenchuk-mall-2022-06 (the side word of the bomber left out: the missile alone)
    ["Ukraine's air force said the mall in Kremenchuk was hit by a Kh-22 cruise missile fired from a long-range bomber.", undefined, ['resp RU 1'], ['resp UA 1']],
    // dev, serhiivka-2022-07 / hroza-cafe-2023-10 (Klymenko)
    ['Interior Minister Ihor Klymenko said the building in Hroza was hit by an Iskander missile.', undefined, ['resp RU 1'], ['resp UA 1']],
    // our own: the other side's systems, the weapon as subject and after "with"
    ['The governor of the Belgorod region, Vyacheslav Gladkov, said the fuel depot was struck by ATACMS missiles overnight.', undefined, ['resp UA 1'], ['resp RU 1']],
    ["Ukraine's air force said Shahed drones attacked the port of Izmail overnight.", undefined, ['resp RU 1'], ['resp UA 1']],
    ['The Russian-installed governor Vladimir Saldo said two Storm Shadow missiles hit the port in Berdiansk.', undefined, ['resp UA 1'], ['resp RU 1']],
    // dev, makiivka-2023-01 (the ministry's own voice: the launcher after «из»)
    ['В 00:01 1 января по пункту временной дислокации в районе Макеевки из реактивной системы залпового огня HIMARS было выпущено шесть ракет.', MOD, ['resp UA 1'], ['resp RU 1']],
    // our own, Ukrainian
    ['По Одесі було випущено шість ракет «Калібр», повідомили в Повітряних силах ЗСУ.', undefined, ['resp RU 1'], ['resp UA 1']],
  ]);
});

test('W1: a weapon system as the target, or struck in a passive, names no doer', () => {
  checkFactRows([
    // dev, himars-claims-2022-07 (the launchers destroyed are the target)
    ["Russia's defence ministry said its forces had destroyed four HIMARS launchers between July 5 and July 20.", undefined, [], ['resp UA 1']],
    // our own: the system as the object of the strike, and as the subject of a passive strike
    ['Russian forces struck a Patriot system and two HIMARS launchers in the Donetsk region, the ministry said.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['A HIMARS launcher was hit near Kramatorsk, the Russian defence ministry said.', undefined, [], ['resp UA 1']],
    ['Удар по пусковой установке HIMARS под Краматорском нанесли российские войска, сообщило Минобороны России.', undefined, ['resp RU 1'], ['resp UA 1']],
    // a strike whose sources confirm it as a fact is a topic of reports (bench/gold/ru-disputes case r15,
    // an aside about a strike elsewhere)
    ['Украинские и западные источники подтверждали факт удара Storm Shadow по российскому командному бункеру в Курской области, заявил министр иностранных дел Франции Жан-Ноэль Барро.', undefined, [], ['resp UA 1']],
    // a Tu-22M3 shot down is no strike by its side
    ['Зенітні ракетні війська знищили далекий бомбардувальник Ту-22М3 над Ставропольським краєм, повідомив Микола Олещук.', undefined, [], ['resp RU 1']],
  ]);
});

test('D1: the accused calls the claims of its own involvement a lie: its side named after the involvement noun did not do it', () => {
  checkFactRows([
    // after dev nord-stream-2022-09 (Peskov; the dev post names no word of the war, so the subject gate
    // keeps it out of the pipeline: here the strike on the Ukrainian side's words is the war's)
    ['Было вполне предсказуемо, что появятся заявления о причастности России к ударам по Украине, однако такие версии глупы и абсурдны, заявил журналистам пресс-секретарь президента РФ Дмитрий Песков.', undefined, ['resp RU -1'], ['resp RU 1']],
    // dev, dugina-2022-08 (Podolyak)
    ['Версія ФСБ про причетність українських спецслужб до вбивства Дугіної — вигадка пропаганди, яка живе у вигаданому світі, заявив Михайло Подоляк.', undefined, ['resp UA -1'], ['resp UA 1']],
    // our own: another incident, another word of falsehood
    ['Заяви про причетність Росії до обстрілу Херсона є брехнею, заявив речник Кремля Дмитро Пєсков.', undefined, ['resp RU -1'], ['resp RU 1']],
    ['Сообщения о причастности ВСУ к обстрелу рынка — фейк, заявил представитель Генштаба ВСУ.', undefined, ['resp UA -1'], ['resp UA 1']],
  ]);
});

test('D1: the dev sentence of Peskov on the pipelines, read by the Russian and Ukrainian rows alone', () => {
  const t = 'Было вполне предсказуемо, что появятся заявления о причастности России, однако такие версии глупы и абсурдны';
  const got = ruukEventFacts(t, [{ start: 0, end: t.length }], 'RU').map((f) => `${f.agentSide} ${f.polarity}`);
  assert.deepEqual(got, ['RU -1']);
  // the same words said by the other side deny nothing of Russia's
  assert.deepEqual(ruukEventFacts(t, [{ start: 0, end: t.length }], 'UA').map((f) => `${f.agentSide} ${f.polarity}`), []);
});

test('D1: the involvement of the other side, or of one side with no word of falsehood, is no denial', () => {
  checkFactRows([
    // the speaker's opponent's involvement, called evident beside a lie of the other side
    ['Причастность российских спецслужб к взрыву очевидна, а заявления Москвы — ложь, заявил Михайло Подоляк.', undefined, [], ['resp RU -1']],
    // a mention of the accusation with no word that calls it false
    ['Следствие проверяет версию о причастности Украины к взрыву на мосту, заявил Александр Бастрыкин.', undefined, [], ['resp UA -1']],
  ]);
});

test('S1: the event itself called staged by a speaker of a known side, with no side named: the speaker\'s opponent staged it', () => {
  checkFactRows([
    // dev, bucha-2022-04 (Lavrov)
    ['Кадры из Бучи — это инсценировка и очередная фейковая атака, цель которой сорвать переговоры, заявил министр иностранных дел России Сергей Лавров.', undefined, ['resp UA 1'], ['resp RU 1']],
    // dev, mariupol-maternity-2022-03 (the ministry's second sentence, its own voice)
    ['Разговоры об «авиаударе» по роддому в Мариуполе — целиком инсценированная провокация, которая нужна, чтобы подогревать антироссийские настроения на Западе.', MOD, ['resp UA 1'], ['resp RU 1']],
    // our own: the other side, a copula
    ['Відео удару по Херсону є постановкою, заявив речник Міноборони Росії Ігор Конашенков.', undefined, ['resp UA 1'], ['resp RU 1']],
  ]);
});

test('S1: a provocation given in to, a provocative statement, accusations called a provocation: no one staged the event', () => {
  checkFactRows([
    ['Российские военные не поддадутся на провокации у Запорожской АЭС, заявил Владимир Рогов.', undefined, [], ['resp UA 1']],
    ['Провокационные заявления Киева об ударе по Херсону не имеют ничего общего с реальностью, заявил Владимир Сальдо.', undefined, [], ['resp UA 1']],
    // a side named right after the word: the existing reading (that side staged it), once
    ['Удар по Херсону — провокация киевского режима, заявил Владимир Сальдо.', undefined, ['resp UA 1'], []],
  ]);
});
