/**
 * Lane resp11: responsibility facts of constructions not read before, each with rows in English,
 * Russian and Ukrainian about incidents of our own and must-not rows beside them. Expectations were
 * written by hand from what each sentence says, before the program was run on them. Labels as
 * test/unit/fact-labels.ts gives them ("resp RU 1").
 */
import { test } from 'node:test';
import { checkFactRows } from './fact-labels.js';

test('friendly fire: an aircraft brought down by its own side\'s air defence was brought down by that side', () => {
  checkFactRows([
    ['The Russian-installed governor said the Su-34 bomber had been downed by friendly fire over Belgorod.', undefined, ['resp RU 1', 'cause attack'], ['resp UA 1']],
    ["Ukraine's General Staff said the Russian Su-34 was shot down by its own air defence near Belgorod.", undefined, ['resp RU 1'], ['resp UA 1']],
    ['Pro-war bloggers wrote that a Russian Il-22 command plane had been hit by mistake by Russian air defences over the Sea of Azov.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['Губернатор Вячеслав Гладков сообщил, что российский Су-34 был сбит собственной ПВО над Белгородом по ошибке.', undefined, ['resp RU 1', 'cause attack'], ['resp UA 1']],
    // (the Ukrainian drones in the same clause are what was being repelled, not who shot)
    ['Российские военкоры утверждают, что российский самолёт А-50 по ошибке сбили свои же зенитчики во время отражения атаки украинских дронов.', undefined, ['resp RU 1'], ['resp UA 1']],
    // no side word by the aircraft: the speaker's own side
    ['Российские военкоры утверждают, что самолёт ДРЛО сбила своя же ПВО.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['Повітряні сили ЗСУ повідомили, що російський Су-34 збила власна ППО над Бєлгородщиною.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['Російські воєнкори визнали, що російський літак Іл-22 помилково збила своя ж ППО над Азовським морем.', undefined, ['resp RU 1'], ['resp UA 1']],
  ]);
});

test('friendly fire must-not: the speaker\'s own air defence downing the enemy, or friendly fire denied', () => {
  checkFactRows([
    // «наша ПВО» / "our air defence" is the speaker's side shooting down the other side's aircraft
    ["Ukraine's air force said Ukrainian air defence shot down a Russian Su-34 over the Donetsk region.", undefined, ['resp UA 1'], ['resp RU 1']],
    ['Украинская ПВО сбила российский Су-34 над Донецкой областью, сообщили в Воздушных силах ВСУ.', undefined, [], ['resp RU 1']],
    ['Російська ППО збила український Су-27 над Бєлгородською областю, заявили в Міноборони РФ.', undefined, [], ['resp UA 1']],
    // friendly fire denied: no side's shot
    ['The Russian defence ministry said the Su-34 over Belgorod was not downed by friendly fire.', undefined, [], ['resp RU 1']],
  ]);
});

test('a denial by a pronoun subject after a verb of telling: the pronoun is the teller, not the one told', () => {
  checkFactRows([
    ['Turkish Defence Minister Hulusi Akar said Russian officials told Turkey they had absolutely nothing to do with the missile attack on the port.', undefined, ['resp RU -1'], ['resp TR -1']],
    ["Hungary's foreign minister said Ukrainian diplomats assured Hungary they had no involvement in the drone strike on the pipeline.", undefined, ['resp UA -1'], ['resp HU -1']],
    ['A Kremlin spokesman told reporters that Moscow had nothing to do with the drone attack on the refinery in Odesa.', undefined, ['resp RU -1'], []],
    // the same construction in Russian and Ukrainian (the involvement word reads the pronoun as the speaker's side)
    ['Российские официальные лица заверили Турцию, что они не имеют отношения к ракетному удару по порту Одессы.', undefined, ['resp RU -1'], ['resp TR -1']],
    ['Російські посадовці запевнили Туреччину, що вони не мають жодного стосунку до ракетного удару по порту Одеси.', undefined, ['resp RU -1'], ['resp TR -1']],
  ]);
});

test('a weapon a ship or aircraft can carry names no doer; a strike told beside it still does', () => {
  checkFactRows([
    ['У причала стоял новейший фрегат Черноморского флота РФ, способный нести крылатые ракеты «Калибр», сообщили ВМС ВСУ.', undefined, [], ['resp RU 1']],
    ['У бухті стояв російський фрегат, здатний нести ракети «Калібр», повідомили у ВМС ЗСУ.', undefined, [], ['resp RU 1']],
    ['The Russian frigate, capable of carrying Kalibr cruise missiles, was moored at the shipyard in Kerch, Ukraine\'s navy said.', undefined, [], ['resp RU 1']],
    // the strike itself is still read: an attack word with its doer in the clause
    ['Российский фрегат выпустил по Одессе четыре крылатые ракеты «Калибр», сообщили в ОК «Юг».', undefined, ['resp RU 1'], []],
    ['ЗСУ завдали удару по російському кораблю — носію крилатих ракет «Калібр» у Новоросійську, повідомили у ВМС.', undefined, ['resp UA 1'], ['resp RU 1']],
  ]);
});

test('a general denial while commenting on a strike: the strike commented on names no doer; the denial stands', () => {
  checkFactRows([
    ['Песков заявил, что российские военные не наносят ударов по гражданским объектам, комментируя ракетный удар по детской больнице в Киеве.', undefined, ['resp RU -1'], ['resp RU 1']],
    ["Речник Генштабу ЗСУ заявив, що українські військові не завдають ударів по цивільних об'єктах, коментуючи обстріл ринку в Донецьку.", undefined, ['resp UA -1'], ['resp UA 1']],
    ["Kremlin spokesman Dmitry Peskov said Russian forces do not strike civilian targets, commenting on the missile strike on the Kyiv children's hospital.", undefined, ['resp RU -1'], ['resp RU 1']],
    // must-not: a refusal to comment is still no denial and no account
    ['ТАСС сообщило, что в Минобороны России не стали комментировать удар по больнице в Киеве.', undefined, [], ['resp RU -1', 'resp RU 1']],
    ['Укрінформ повідомив, що у Генштабі ЗСУ відмовилися коментувати удар по ринку в Донецьку.', undefined, [], ['resp UA -1', 'resp UA 1']],
  ]);
});
