/**
 * Lane fixB (re-read of the merged lead branch): responsibility facts that misfired on the reviewer's
 * sentences (findings 3-6 of /work/wt/briefs/fixB.md), each pinned on the reviewer's sentence, on
 * sentences of our own of the same shape, and on the nearest sentences the rule must keep.
 * Expected labels decided by reading the sentences, before the program ran on them.
 */
import { test } from 'node:test';
import { checkFactRows } from './fact-labels.js';

const MFA_RU = 'Министерство иностранных дел России';
const MFA_UA = 'Міністерство закордонних справ України';

test('F3: a weapon-system word in the speaker, in a person\'s name, or in another war names no doer', () => {
  checkFactRows([
    // reviewer: the speaker's first name is a system's name; the scan ran back past "said"
    ['Local resident Iskander Akhmetov said the strike destroyed his house in Kharkiv.', undefined, [], ['resp RU 1']],
    // reviewer: the journal, as the speaker
    ['The Lancet said the strike on the hospital in Kharkiv was a war crime.', undefined, [], ['resp RU 1']],
    // reviewer: an Iran-made drone in another war (a base in Jordan)
    ['A Shahed drone hit the Tower 22 base in Jordan, killing three US soldiers, the Pentagon said.', undefined, [], ['resp RU 1']],
    // our own: a person named so inside the claim, with a verb between the name and the strike
    ['Iskander Akhmetov lost his house when the strike hit Kharkiv, his neighbour said.', undefined, [], ['resp RU 1']],
    ['Doctor Shahed Rahman said the missile strike on Odesa killed two people.', undefined, [], ['resp RU 1']],
    // our own: another theatre
    ['Shahed drones struck a US base in Syria overnight, the Pentagon said.', undefined, [], ['resp RU 1']],
    // our own, Russian: the person's name in the genitive after the strike
    ['Удар разрушил дом Искандера Ахметова в Харькове, сообщил Игорь Терехов.', undefined, [], ['resp RU 1']],
  ]);
});

test('F3: the system as the strike\'s instrument in Ukraine or Russia still names its side', () => {
  checkFactRows([
    ['The governor said an Iskander missile hit the station in Kharkiv.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['A Shahed drone hit an apartment block in Odesa, killing five people, the Air Force said.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['Iskander-M missiles hit a hotel in Kharkiv, the regional governor said.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['Kalibr missiles fired from the Black Sea hit Odesa, the navy said.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['Ракеты «Искандер» ударили по Харькову, сообщил Игорь Терехов.', undefined, ['resp RU 1'], ['resp UA 1']],
  ]);
});

test('F4: «калибр» of a gun or a shell is a calibre, no Kalibr missile', () => {
  checkFactRows([
    // reviewer
    ['Город обстреляли снарядами калибра 155 мм, погибли трое мирных жителей, сообщил Денис Пушилин.', undefined, [], ['resp RU 1']],
    ['Город обстреляли снарядами калибра 155 мм, погибли трое мирных жителей, сообщили в администрации.', undefined, [], ['resp RU 1']],
    // our own: a calibre with no number, Ukrainian with a number
    ['Посёлок обстреляли из орудий крупного калибра, сообщил Владимир Сальдо.', undefined, [], ['resp RU 1']],
    ['Село обстріляли снарядами калібру 152 мм, повідомив Олександр Прокудін.', undefined, [], ['resp RU 1']],
    // reviewer, on main: the calibre standard named after "of" is no doer
    ['The market was hit by 155mm shells of NATO calibre, Pushilin said.', undefined, [], ['resp NATO 1']],
  ]);
});

test('F4: the missile «Калибр», capitalised or quoted, still names Russia', () => {
  checkFactRows([
    ['Ракеты Калибр ударили по Одессе, сообщил Олег Кипер.', undefined, ['resp RU 1'], ['resp UA 1']],
    ['По Одесі було випущено шість ракет «Калібр», повідомили в Повітряних силах ЗСУ.', undefined, ['resp RU 1'], ['resp UA 1']],
  ]);
});

test('F5: «атаковать» of a place before it, or with the harmed after it, is a strike, not an assault on foot', () => {
  checkFactRows([
    // reviewer
    ['Харків атакували, є поранені, повідомив Олег Синєгубов.', undefined, ['cause attack'], []],
    ['Белгород вновь атаковали, пострадали двое мирных жителей, сообщил Вячеслав Гладков.', undefined, ['cause attack'], []],
    ['Ночью Белгород атаковали, есть пострадавшие, сообщил Вячеслав Гладков.', undefined, ['cause attack'], []],
    // our own
    ['Курск снова атаковали, погиб один человек, сообщил Алексей Смирнов.', undefined, ['cause attack'], []],
    ['Запоріжжя знову атакували, загинула жінка, повідомив Іван Федоров.', undefined, ['cause attack'], []],
  ]);
});

test('F5: «атаковать» with no object, a place after a preposition and no one harmed, stays an assault on foot', () => {
  checkFactRows([
    ['Под Купянском противник пытался атаковать, используя бронетехнику, сообщили в Минобороны России.', undefined, [], ['cause attack']],
    ['Российские позиции под Суджей ВСУ пытаются атаковать, используя много техники, сообщил Апти Алаудинов.', undefined, [], ['cause attack', 'resp UA 1']],
  ]);
});

test('F6: a statement, a plan or a resolution called a provocation is no staged strike', () => {
  checkFactRows([
    // reviewer
    ['Заявление Зеленского о перемирии — очередная провокация, заявила Мария Захарова.', MFA_RU, [], ['resp UA 1']],
    ['Мирний план Кремля — це провокація, заявив речник МЗС України Георгій Тихий.', MFA_UA, [], ['resp RU 1']],
    // our own
    ['Резолюция ПАСЕ — это очередная провокация, заявила Мария Захарова.', MFA_RU, [], ['resp UA 1']],
    ['Пропозиція Москви про перемир\'я — це провокація, заявив речник МЗС України Георгій Тихий.', MFA_UA, [], ['resp RU 1']],
  ]);
});

test('F6: footage or an account of a strike or blast called staged still says the opponent staged it', () => {
  checkFactRows([
    ['Видео взрыва в Одессе — очередная провокация, заявила Мария Захарова.', MFA_RU, ['resp UA 1'], []],
    // (a strike with no place of the war named is kept out by the subject gate before this rule: Херсон named)
    ['Кадры удара по больнице в Херсоне — это инсценировка, заявила Мария Захарова.', MFA_RU, ['resp UA 1'], []],
    ['Історія про обстріл Херсона — класична провокація, заявив речник МЗС України Георгій Тихий.', MFA_UA, ['resp RU 1'], []],
  ]);
});
