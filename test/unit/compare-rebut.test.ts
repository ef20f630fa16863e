/**
 * Table-driven tests for blanket denials of a report (lane rebut, issue 9): "another canard,
 * nothing of the kind", "None of the HIMARS has been destroyed", "claims of Russian involvement are
 * absurd", «фейк», «не соответствует действительности», «вигадка» name no figure and often no
 * place; src/compare/rebut.ts links such a denial to the claims it rejects by what they are about
 * (data/rebut-topics.tsv) and gives a dispute of the kind of the claim denied.
 *
 * Every text below was written for this test, in the way wire copy, TASS, RIA Novosti and
 * Ukrinform word such statements; the expected kind (or "no dispute") of each pair was decided by
 * hand from the language, before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DisputeKind } from '../../src/compare/index.js';
import { kindsBetween } from './fact-labels.js';

/** A claim's text and day, a denial's text and day, and the dispute expected between them (null: none). */
type Row = [claim: string, claimDay: string, denial: string, denialDay: string, kind: DisputeKind | null];


const POSITIVE: Row[] = [
  // figures: a count of troops, launchers, tanks against "a canard", "fake", "none destroyed"
  ['KYIV, Oct 17 (Reuters) - Ukraine\'s military intelligence said North Korea was preparing 10,000 soldiers to fight for Russia.', '2024-10-17',
    'MOSCOW, Oct 18 (Reuters) - Kremlin spokesman Dmitry Peskov dismissed reports that North Korean troops were in Russia. "It is another canard," Peskov told reporters.', '2024-10-18', 'figures'],
  ['Північна Корея готує 10 тисяч солдатів для російської армії, заявив Президент Володимир Зеленський.', '2024-10-17',
    'В Кремле отмахнулись от сообщений о том, что КНДР направляет своих солдат в Россию. «Очередная утка, ничего подобного нет», — сказал журналистам пресс-секретарь президента Дмитрий Песков.', '2024-10-18', 'figures'],
  ['WASHINGTON, Oct 28 (Reuters) - North Korea has sent about 10,000 soldiers to train in eastern Russia, the Pentagon said on Monday.', '2024-10-28',
    'MOSCOW, Oct 28 (Reuters) - Russian Foreign Ministry spokeswoman Maria Zakharova said reports of North Korean soldiers in the Kursk region were fake.', '2024-10-28', 'figures'],
  ['Близько 12 тисяч військових КНДР проходять підготовку на полігонах росії, повідомили в Головному управлінні розвідки Міноборони України.', '2024-10-25',
    'Сообщения о северокорейских военных в Курской области — это фейк, заявила официальный представитель МИД России Мария Захарова.', '2024-10-26', 'figures'],
  ['WASHINGTON, July 21 (Reuters) - Russia\'s defence ministry said its forces had destroyed four HIMARS launchers in Ukraine.', '2022-07-21',
    'WASHINGTON, July 22 (Reuters) - None of the HIMARS launchers the United States has given Ukraine has been destroyed, a senior U.S. defense official said, rejecting Russian claims.', '2022-07-22', 'figures'],
  ['Ударами ракетных войск уничтожены четыре пусковые установки HIMARS, заявили в Министерстве обороны России.', '2022-07-21',
    'Заяви російської сторони про знищення установок HIMARS — це вигадка, повідомили в Міністерстві оборони України.', '2022-07-21', 'figures'],
  ['MOSCOW, June 10 (Reuters) - Russia\'s defence ministry said its forces had destroyed eight Leopard tanks near Orikhiv.', '2023-06-10',
    'KYIV, June 11 (Reuters) - Ukraine\'s defence ministry said Russian claims about destroyed Leopard tanks were fake.', '2023-06-11', 'figures'],
  ['В Министерстве обороны России сообщили, что уничтожены три танка Leopard.', '2023-06-10',
    'Заяви росіян про знищені Leopard — брехня, сказав речник Міністерства оборони України.', '2023-06-11', 'figures'],
  ['MOSCOW, May 16 (Reuters) - Russia\'s defence ministry said it had destroyed a Patriot air defence system in Kyiv with a Kinzhal missile.', '2023-05-16',
    'WASHINGTON, May 16 (Reuters) - The Pentagon said Russian claims that a Patriot system had been destroyed were untrue.', '2023-05-16', 'figures'],
  ['MOSCOW, Feb 26 (Reuters) - Russia\'s defence ministry said its air defences had shot down two Abrams tanks near Avdiivka.', '2024-02-26',
    'KYIV, Feb 27 (Reuters) - Ukraine\'s defence ministry called the Russian reports about Abrams tanks a lie. "None of the Abrams tanks has been destroyed," a spokesman said.', '2024-02-27', 'figures'],
  ['MOSCOW, Nov 20 (Reuters) - Russia\'s defence ministry said its air defences had shot down five ATACMS missiles over the Bryansk region.', '2024-11-20',
    'KYIV, Nov 21 (Reuters) - Ukraine\'s General Staff said Russian reports of ATACMS missiles shot down were fake.', '2024-11-21', 'figures'],
  ['Российские средства ПВО сбили шесть ракет Storm Shadow, сообщили в Министерстве обороны России.', '2023-05-20',
    'Заяви про збиті ракети Storm Shadow не відповідають дійсності, повідомили в Повітряних силах ЗСУ.', '2023-05-21', 'figures'],
  ['MOSCOW, Aug 10 (Reuters) - Russia\'s defence ministry said it had destroyed 12 Bradley fighting vehicles near Robotyne.', '2023-08-10',
    'KYIV, Aug 11 (Reuters) - Ukraine\'s defence ministry said the Russian claims about Bradley vehicles were another fabrication.', '2023-08-11', 'figures'],
  ['MOSCOW, Aug 27 (Reuters) - Russia\'s defence ministry said its forces had shot down three F-16 jets over Ukraine.', '2024-08-27',
    'KYIV, Aug 27 (Reuters) - Ukraine\'s Air Force called the Russian claims about F-16 jets nonsense. "Not a single F-16 has been shot down," a spokesman said.', '2024-08-27', 'figures'],
  ['В Минобороны России заявили, что уничтожены 15 беспилотников Bayraktar.', '2022-03-20',
    'Повідомлення росіян про знищені Bayraktar — це фейк, заявили в Генеральному штабі ЗСУ.', '2022-03-21', 'figures'],
  ['KYIV, Oct 17 (Reuters) - Ukraine\'s air force said Russia had launched 40 Iranian-made Shahed drones overnight.', '2022-10-17',
    'TEHRAN, Oct 18 (Reuters) - Iran\'s foreign ministry called reports of Iranian drones used in Ukraine a lie.', '2022-10-18', 'figures'],
  ['KYIV, Oct 3 (Reuters) - Ukraine\'s military intelligence said 3,000 North Korean troops had been sent to Russia.', '2024-10-03',
    'MOSCOW, Oct 4 (Reuters) - Kremlin spokesman Dmitry Peskov said there was nothing of the kind. Peskov was asked about reports of North Korean troops in Russia.', '2024-10-04', 'figures'],
  ['MOSCOW, July 6 (Reuters) - Russia\'s defence ministry said it had destroyed two HIMARS launchers in the Donetsk region.', '2022-07-06',
    'KYIV, July 6 (Reuters) - Ukraine\'s defence ministry said Russian claims about HIMARS were disinformation.', '2022-07-06', 'figures'],
  ['Министерство обороны России сообщило, что уничтожено 5 систем Patriot.', '2024-03-10',
    'Заяви росіян про знищення систем Patriot не відповідають дійсності, заявив речник Повітряних сил Юрій Ігнат.', '2024-03-10', 'figures'],
  ['KYIV, Jan 10 (Reuters) - Ukraine\'s military intelligence said 1,500 Iranian instructors were in Crimea.', '2023-01-10',
    'MOSCOW, Jan 11 (Reuters) - Russian Foreign Ministry spokeswoman Maria Zakharova called reports of Iranian instructors in Crimea fake.', '2023-01-11', 'figures'],
  ['MOSCOW, Sept 5 (Reuters) - Russia\'s defence ministry said its forces had destroyed 30 Leopard tanks in a week.', '2023-09-05',
    'KYIV, Sept 6 (Reuters) - Ukraine\'s defence minister said none of the Leopard tanks had been destroyed that week.', '2023-09-06', 'figures'],
  ['Ракетным ударом уничтожены две установки HIMARS, сообщил официальный представитель Минобороны России Игорь Конашенков.', '2022-07-10',
    'Повідомлення російського Міноборони про знищені HIMARS — черговий фейк, заявив речник Міноборони України.', '2022-07-11', 'figures'],
  // responsibility: an accusation against "claims of X's involvement are absurd", «это фейк»
  ['KYIV, Sept 27 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said the Nord Stream pipeline leaks were a terrorist attack planned by Russia.', '2022-09-27',
    'MOSCOW, Sept 28 (Reuters) - Kremlin spokesman Dmitry Peskov said claims of Russian involvement in the damage to the pipelines were stupid and absurd.', '2022-09-28', 'responsibility'],
  ['Пошкодження «Північного потоку» — це терористична атака, яку підготувала росія, заявив радник керівника Офісу Президента Михайло Подоляк.', '2022-09-27',
    'Заявления о причастности России к повреждению газопроводов глупы и абсурдны, сказал журналистам пресс-секретарь президента Дмитрий Песков.', '2022-09-28', 'responsibility'],
  ['MOSCOW, Sept 30 (Reuters) - President Vladimir Putin said the Anglo-Saxons had blown up the Nord Stream pipelines.', '2022-09-30',
    'WASHINGTON, Sept 30 (Reuters) - White House spokesman John Kirby said the Russian claims about the pipelines were disinformation and lies.', '2022-09-30', 'responsibility'],
  ['Англосаксы устроили взрывы на газопроводах «Северный поток», заявил президент России Владимир Путин.', '2022-09-30',
    'WASHINGTON, Sept 30 (Reuters) - President Joe Biden said the Russians were spreading disinformation and lies about the Nord Stream pipelines.', '2022-09-30', 'responsibility'],
  ['MOSCOW, Oct 23 (Reuters) - Russia\'s defence minister Sergei Shoigu said Ukraine was preparing to use a dirty bomb.', '2022-10-23',
    'KYIV, Oct 23 (Reuters) - Ukraine\'s foreign minister Dmytro Kuleba said Russian claims about a dirty bomb were absurd.', '2022-10-23', 'status'],
  ['Украина готовит провокацию с применением «грязной бомбы», заявил министр обороны России Сергей Шойгу.', '2022-10-23',
    'Заяви росії про «брудну бомбу» — брехня, заявив міністр закордонних справ України Дмитро Кулеба.', '2022-10-24', 'status'],
  ['MOSCOW, May 3 (Reuters) - Russia\'s foreign ministry said Ukraine had used chemical weapons near Bakhmut.', '2023-05-03',
    'KYIV, May 4 (Reuters) - Ukraine\'s General Staff said the Russian claims about chemical weapons were fake.', '2023-05-04', 'status'],
  ['Вооружённые силы Украины применили химическое оружие под Артёмовском, заявили в Министерстве обороны России.', '2023-05-03',
    'Заяви росіян про застосування хімічної зброї — вигадка, повідомили в Генеральному штабі ЗСУ.', '2023-05-04', 'status'],
  ['KYIV, Dec 20 (Reuters) - Ukraine\'s General Staff said Russian forces had used chemical weapons near Robotyne.', '2023-12-20',
    'MOSCOW, Dec 21 (Reuters) - Russia\'s defence ministry called the reports about chemical weapons a lie.', '2023-12-21', 'status'],
  ['KYIV, Feb 3 (Reuters) - Ukraine\'s military intelligence said Russia had sent 500 mercenaries from Syria to the front.', '2023-02-03',
    'MOSCOW, Feb 4 (Reuters) - Kremlin spokesman Dmitry Peskov called reports of Syrian mercenaries nonsense.', '2023-02-04', 'figures'],
  ['Россия завербовала около тысячи наёмников из Непала, заявили в ГУР Минобороны Украины.', '2024-01-15',
    'Сообщения о наёмниках из Непала — это фейк, заявил пресс-секретарь президента Дмитрий Песков.', '2024-01-15', 'figures'],
  // status: a claim with no figure and no blame, against a denial of it
  ['MOSCOW, Feb 20 (Reuters) - Wagner founder Yevgeny Prigozhin said the defence ministry had stopped giving his fighters ammunition near Bakhmut.', '2023-02-20',
    'MOSCOW, Feb 21 (Reuters) - Russia\'s defence ministry said reports of an ammunition shortage among volunteer units were absolutely untrue.', '2023-02-21', 'status'],
  ['Командование сознательно перестало выдавать «Вагнеру» боеприпасы под Артёмовском, заявил Евгений Пригожин.', '2023-02-20',
    'Сообщения о «снарядном голоде» в штурмовых отрядах ничего общего с действительностью не имеют, заявили в Министерстве обороны России.', '2023-02-21', 'status'],
  ['KYIV, Mar 5 (Reuters) - Ukraine\'s General Staff said Russian troops near Bakhmut were running short of shells.', '2023-03-05',
    'MOSCOW, Mar 6 (Reuters) - Russia\'s defence ministry said the Ukrainian claims of a shortage of shells were fake.', '2023-03-06', 'status'],
  ['Росія отримує від КНДР артилерійські снаряди, заявив начальник ГУР Кирило Буданов.', '2023-11-10',
    'Сообщения о поставках боеприпасов из КНДР — очередная утка, заявил пресс-секретарь президента Дмитрий Песков.', '2023-11-11', 'status'],
  ['WASHINGTON, Sept 5 (Reuters) - The White House said North Korea had agreed to send ammunition to Russia.', '2023-09-05',
    'MOSCOW, Sept 6 (Reuters) - Kremlin spokesman Dmitry Peskov said reports about North Korean ammunition were another canard.', '2023-09-06', 'status'],
  ['KYIV, Aug 1 (Reuters) - Ukraine\'s military intelligence said Iran had delivered Shahed drones to Russia by ship.', '2022-08-01',
    'TEHRAN, Aug 2 (Reuters) - Iran\'s foreign ministry said reports of Shahed drones sent to Russia were untrue.', '2022-08-02', 'status'],
  ['Россия получила из Ирана партию дронов Shahed, заявили в Главном управлении разведки Украины.', '2022-08-01',
    'Повідомлення про іранські дрони в росії — вигадка, заявили в МЗС Ірану.', '2022-08-02', 'status'],
  ['WASHINGTON, Apr 10 (Reuters) - The Pentagon said Ukraine had received the first F-16 jets.', '2024-04-10',
    'MOSCOW, Apr 10 (Reuters) - Kremlin spokesman Dmitry Peskov said reports about F-16 jets in Ukraine were fake.', '2024-04-10', 'status'],
  ['KYIV, Jan 5 (Reuters) - Ukraine\'s defence ministry said Russia had fired North Korean missiles at Kharkiv.', '2024-01-05',
    'MOSCOW, Jan 6 (Reuters) - Kremlin spokesman Dmitry Peskov dismissed reports of North Korean missiles as a lie.', '2024-01-06', 'status'],
  ['В ГУР заявили, что Россия применила северокорейские ракеты по Харькову.', '2024-01-05',
    'Сообщения о северокорейских ракетах — очередной вброс, заявила официальный представитель МИД России Мария Захарова.', '2024-01-06', 'status'],
];

const NEGATIVE: Row[] = [
  // a denial about another topic in the same article
  ['WASHINGTON, July 21 (Reuters) - Russia\'s defence ministry said its forces had destroyed four HIMARS launchers in Ukraine.', '2022-07-21',
    'KYIV, July 22 (Reuters) - Ukraine\'s defence ministry said Russian reports about Iranian drones in Crimea were fake.', '2022-07-22', null],
  ['KYIV, Oct 17 (Reuters) - Ukraine\'s military intelligence said North Korea was preparing 10,000 soldiers to fight for Russia.', '2024-10-17',
    'MOSCOW, Oct 18 (Reuters) - Kremlin spokesman Dmitry Peskov called reports about the Nord Stream pipelines nonsense.', '2024-10-18', null],
  // a denial of a third party's report: it names whose claims it rejects, and the claim is another side's
  ['WASHINGTON, May 16 (Reuters) - The Pentagon said it would send two more Patriot systems to Ukraine.', '2023-05-16',
    'KYIV, May 16 (Reuters) - Ukraine\'s Air Force said Russian claims that a Patriot system had been destroyed were fake.', '2023-05-16', null],
  ['KYIV, Sept 27 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said the Nord Stream pipeline leaks were a terrorist attack planned by Russia.', '2022-09-27',
    'WASHINGTON, Sept 30 (Reuters) - President Joe Biden said the Russians were spreading disinformation and lies about the Nord Stream pipelines.', '2022-09-30', null],
  ['Пошкодження «Північного потоку» — це терористична атака, яку підготувала росія, заявив радник керівника Офісу Президента Михайло Подоляк.', '2022-09-27',
    'Заяви росії про газопроводи — дезінформація, заявив міністр закордонних справ України Дмитро Кулеба.', '2022-09-28', null],
  // a side denying its own old figure, or its own side's report
  ['MOSCOW, July 6 (Reuters) - Russia\'s defence ministry said it had destroyed two HIMARS launchers in the Donetsk region.', '2022-07-06',
    'MOSCOW, July 7 (Reuters) - Kremlin spokesman Dmitry Peskov said reports about HIMARS were fake.', '2022-07-07', null],
  ['KYIV, Oct 17 (Reuters) - Ukraine\'s military intelligence said North Korea was preparing 10,000 soldiers to fight for Russia.', '2024-10-17',
    'KYIV, Oct 18 (Reuters) - Ukraine\'s General Staff said reports of 50,000 North Korean troops were fake.', '2024-10-18', null],
  // "could not verify", "neither confirmed nor denied": no denial
  ['KYIV, Oct 17 (Reuters) - Ukraine\'s military intelligence said North Korea was preparing 10,000 soldiers to fight for Russia.', '2024-10-17',
    'MOSCOW, Oct 18 (Reuters) - Reuters could not verify reports of North Korean troops in Russia, and the Kremlin did not comment.', '2024-10-18', null],
  ['KYIV, Oct 17 (Reuters) - Ukraine\'s military intelligence said North Korea was preparing 10,000 soldiers to fight for Russia.', '2024-10-17',
    'MOSCOW, Oct 24 (Reuters) - President Vladimir Putin neither confirmed nor denied reports of North Korean troops in Russia.', '2024-10-24', null],
  // a negated cue: "not a fake"
  ['WASHINGTON, Oct 28 (Reuters) - North Korea has sent about 10,000 soldiers to train in eastern Russia, the Pentagon said on Monday.', '2024-10-28',
    'MOSCOW, Oct 28 (Reuters) - Kremlin spokesman Dmitry Peskov said the images of North Korean soldiers were not fake and should be taken seriously.', '2024-10-28', null],
  // outside the window: the denial a fortnight later, or days before the claim
  ['KYIV, Oct 3 (Reuters) - Ukraine\'s military intelligence said 3,000 North Korean troops had been sent to Russia.', '2024-10-03',
    'MOSCOW, Oct 18 (Reuters) - Kremlin spokesman Dmitry Peskov called reports of North Korean troops a canard.', '2024-10-18', null],
  ['KYIV, Oct 20 (Reuters) - Ukraine\'s military intelligence said 3,000 North Korean troops had been sent to Russia.', '2024-10-20',
    'MOSCOW, Oct 15 (Reuters) - Kremlin spokesman Dmitry Peskov called reports of North Korean troops a canard.', '2024-10-15', null],
  // a denial that names nothing it denies
  ['WASHINGTON, July 21 (Reuters) - Russia\'s defence ministry said its forces had destroyed four HIMARS launchers in Ukraine.', '2022-07-21',
    'KYIV, July 22 (Reuters) - Ukraine\'s defence ministry said the reports were fake.', '2022-07-22', null],
  // "none of" without a loss
  ['WASHINGTON, July 21 (Reuters) - Russia\'s defence ministry said its forces had destroyed four HIMARS launchers in Ukraine.', '2022-07-21',
    'WASHINGTON, July 22 (Reuters) - None of the officials at the Pentagon briefing spoke about HIMARS deliveries, the U.S. defense official said.', '2022-07-22', null],
  // an accusation of another side than the one the denial clears
  ['COPENHAGEN, Sept 27 (Reuters) - Danish Prime Minister Mette Frederiksen said the Nord Stream leaks were deliberate acts, not an accident.', '2022-09-27',
    'MOSCOW, Sept 28 (Reuters) - Kremlin spokesman Dmitry Peskov said claims of Russian involvement in the damage to the pipelines were stupid and absurd.', '2022-09-28', null],
  // two denials of one report are one account, not a dispute
  ['KYIV, July 21 (Reuters) - Ukraine\'s defence ministry said Russian claims about destroyed HIMARS launchers were fake.', '2022-07-21',
    'WASHINGTON, July 22 (Reuters) - None of the HIMARS launchers has been destroyed, a senior U.S. defense official said, rejecting Russian claims.', '2022-07-22', null],
  // a denial by a voice of no side that names no owner
  ['WASHINGTON, July 21 (Reuters) - Russia\'s defence ministry said its forces had destroyed four HIMARS launchers in Ukraine.', '2022-07-21',
    'LONDON, July 22 (Reuters) - A military blogger said the reports about HIMARS were fake.', '2022-07-22', null],
  // (re-read, fixr 1) a denial the speaker reports of another side ("Moscow has called ... a fake") or answers with
  // "but" and their own assertion is not the speaker's denial
  ['WASHINGTON, Oct 28 (Reuters) - North Korea has sent about 10,000 soldiers to train in eastern Russia, the Pentagon said on Monday.', '2024-10-28',
    'KYIV, Oct 29 (Reuters) - Moscow has called the reports of North Korean troops in Russia a fake, but 11,000 North Korean soldiers are already in the Kursk region, Ukraine\'s military intelligence chief Kyrylo Budanov said.', '2024-10-29', null],
  ['WASHINGTON, Oct 17 (Reuters) - The White House said Iran had sent hundreds of Shahed drones to Russia.', '2022-10-17',
    'KYIV, Oct 18 (Reuters) - The Kremlin dismissed the reports of Iranian drones as a fabrication, Ukraine\'s air force spokesman Yuriy Ihnat said, adding that 30 Shahed drones were shot down overnight.', '2022-10-18', null],
  ['WASHINGTON, Oct 28 (Reuters) - The Pentagon said North Korean soldiers were moving toward the Kursk region.', '2024-10-28',
    'У Кремлі називають повідомлення про північнокорейських солдатів фейком, але вони вже в Курській області, заявив речник ГУР Андрій Юсов.', '2024-10-29', null],
  ['WASHINGTON, Sept 5 (Reuters) - The White House said North Korea had agreed to send ammunition to Russia.', '2023-09-05',
    'Там называют сообщения о снарядах из КНДР уткой, но эшелоны с боеприпасами уже идут к фронту, заявил начальник ГУР Кирилл Буданов.', '2023-09-06', null],
  // (re-read, fixr 2) topics of the sentence before: only when the denial's own sentence names nothing it is about
  // (no topic, nor a thing as "missiles", "drones" alone)
  ['KYIV, May 16 (Reuters) - A Patriot system shot down six Kinzhal missiles over Kyiv, Ukraine\'s air force said.', '2023-05-16',
    'MOSCOW, May 17 (Reuters) - Russia\'s defence ministry said a Kinzhal hypersonic missile had destroyed a Patriot system in Kyiv.\n\nSeparately, Kremlin spokesman Dmitry Peskov said the reports that Russia was running short of missiles were untrue.', '2023-05-17', null],
  ['KYIV, May 16 (Reuters) - A Patriot system shot down six Kinzhal missiles over Kyiv, Ukraine\'s air force said.', '2023-05-16',
    'MOSCOW, May 17 (Reuters) - Russia\'s defence ministry said a Kinzhal missile had destroyed a Patriot system in Kyiv. Kremlin spokesman Dmitry Peskov said reports of Iranian instructors in Crimea were a fabrication.', '2023-05-17', null],
  ['KYIV, May 16 (Reuters) - Ukraine\'s air force said a Patriot system had shot down six Kinzhal missiles over Kyiv.', '2023-05-16',
    'MOSCOW, May 17 (Reuters) - Russia\'s defence ministry said it had destroyed a Patriot system in Kyiv. Kremlin spokesman Dmitry Peskov said the reports of drones over the Kremlin were fake.', '2023-05-17', null],
  // (re-read, fixr 3) one country, another thing about it: shells are not troops, drones are not missiles
  ['KYIV, Nov 5 (Reuters) - Ukraine\'s military intelligence said North Korean troops have been deployed to the Kursk region.', '2024-11-05',
    'MOSCOW, Nov 5 (Reuters) - Kremlin spokesman Dmitry Peskov said the reports that North Korea supplied artillery shells to Russia were another canard.', '2024-11-05', null],
  ['KYIV, Oct 17 (Reuters) - Ukraine\'s air force said Russia had launched Iranian drones at Kyiv overnight.', '2022-10-17',
    'TEHRAN, Oct 18 (Reuters) - Iran\'s foreign ministry said reports that Iran had sent ballistic missiles to Russia were untrue.', '2022-10-18', null],
  ['Військові КНДР уже перебувають у Курській області, заявили в ГУР Міноборони України.', '2024-11-05',
    'Сообщения о поставках северокорейских снарядов — очередная утка, заявил пресс-секретарь президента Дмитрий Песков.', '2024-11-05', null],
];

/**
 * Rows whose expected dispute the program does not give yet, by the denial's text (the second text of the row), with
 * why (each a stage before or beside this mechanism; the expectation stays as written by hand).
 * The tests check that these still miss, so a fix elsewhere shows here and the row moves back.
 */
const KNOWN_MISSES = new Map<string, string>([
  ['MOSCOW, Oct 28 (Reuters) - Russian Foreign Ministry spokeswoman Maria Zakharova said reports of North Korean soldiers in the Kursk region were fake.', 'a status dispute of the unspecific denial ("fake") already sets the pair against each other at Kursk, so the figures dispute is not repeated'],
  ['Заяви росіян про знищення систем Patriot не відповідають дійсності, заявив речник Повітряних сил Юрій Ігнат.', 'the same: an older status dispute already holds the pair'],
  ['TEHRAN, Oct 18 (Reuters) - Iran\'s foreign ministry called reports of Iranian drones used in Ukraine a lie.', 'attribution: "X called reports of Y a lie" gives no claim'],
  ['MOSCOW, Jan 11 (Reuters) - Russian Foreign Ministry spokeswoman Maria Zakharova called reports of Iranian instructors in Crimea fake.', 'attribution: "X called reports of Y fake" gives no claim'],
  ['MOSCOW, Feb 4 (Reuters) - Kremlin spokesman Dmitry Peskov called reports of Syrian mercenaries nonsense.', 'attribution: "X called reports of Y nonsense" gives no claim'],
  ['Сообщения о наёмниках из Непала — это фейк, заявил пресс-секретарь президента Дмитрий Песков.', 'quantities: «около тысячи наёмников» gives no figure, so the dispute is a status one'],
  ['Сообщения о поставках боеприпасов из КНДР — очередная утка, заявил пресс-секретарь президента Дмитрий Песков.', 'events: «снаряди» gives the claim a strike by RU, so the kind is responsibility'],
  ['Повідомлення про іранські дрони в росії — вигадка, заявили в МЗС Ірану.', 'speaker side: «МЗС Ірану» gets no side'],
  ['MOSCOW, Jan 6 (Reuters) - Kremlin spokesman Dmitry Peskov dismissed reports of North Korean missiles as a lie.', 'the claim is also a strike by RU, so the kind is responsibility (the denial is of the missiles\' origin)'],
  ['Сообщения о северокорейских ракетах — очередной вброс, заявила официальный представитель МИД России Мария Захарова.', 'the same: a strike by RU'],
  ['WASHINGTON, July 22 (Reuters) - None of the HIMARS launchers has been destroyed, a senior U.S. defense official said, rejecting Russian claims.', 'fates: "destroyed HIMARS" inside the denied claims reads as a destruction, set against "none destroyed" (src/compare/fate.ts)'],
]);

test('gold table sizes: at least 40 denials with their claims and 15 pairs that are no dispute', () => {
  assert.ok(POSITIVE.length >= 40, `${POSITIVE.length} positive rows`);
  assert.ok(NEGATIVE.length >= 15, `${NEGATIVE.length} negative rows`);
  // the mechanism itself must give most of them
  assert.ok(POSITIVE.filter((r) => !KNOWN_MISSES.has(r[2])).length >= 30);
});

test('a blanket denial against the claim it rejects: a dispute of the claim\'s kind', () => {
  const bad: string[] = [];
  for (const [c, cd, d, dd, kind] of POSITIVE) {
    const got = kindsBetween(c, cd, d, dd);
    if (got.includes(kind!) === KNOWN_MISSES.has(d)) bad.push(`${c}\n  vs ${d}\n  want ${kind}, got ${got.join(', ') || 'no dispute'}${KNOWN_MISSES.has(d) ? ' (a known miss now right: take it off KNOWN_MISSES)' : ''}`);
  }
  assert.deepEqual(bad, []);
});

test('no dispute: another topic, a third party\'s report, a side\'s own report, no denial, out of the window', () => {
  const bad: string[] = [];
  for (const [c, cd, d, dd] of NEGATIVE) {
    const got = kindsBetween(c, cd, d, dd);
    if ((got.length > 0) !== KNOWN_MISSES.has(d)) bad.push(`${c}\n  vs ${d}\n  want no dispute, got ${got.join(', ') || 'none'}${KNOWN_MISSES.has(d) ? ' (a known miss now right: take it off KNOWN_MISSES)' : ''}`);
  }
  assert.deepEqual(bad, []);
});

/**
 * Lane miss9 (7 Dec 2026): an accusation whose own sentence names no topic ("called it a terrorist
 * attack planned by Russia") is about what the rest of its document is about (the pipelines its
 * other claims name), when it says who did a sabotage or an attack (a `kind:responsibility` word)
 * and names the side it blames. The accused's blanket denial of that topic then answers it. New
 * texts written for this test; expected values by hand, before the rule was run.
 */
test('an accusation that names no topic takes its document\'s, against the accused\'s denial (lane miss9)', () => {
  const PESKOV = 'MOSCOW, Sept 28 (Reuters) - Kremlin spokesman Dmitry Peskov said claims of Russian involvement in the damage to the pipelines were stupid and absurd.';
  const PESKOV_RU = 'Заявления о причастности России к повреждению газопроводов глупы и абсурдны, сказал журналистам пресс-секретарь президента Дмитрий Песков.';
  const rows: [claim: string, claimDay: string, denial: string, denialDay: string, want: string[]][] = [
    // the document's other claim names the pipelines; the accusation says "it" (EN, UK, RU)
    ['COPENHAGEN, Sept 27 (Reuters) - Danish officials said the Nord Stream pipelines had been damaged by underwater blasts.\n\nMykhailo Podolyak, an adviser to Ukraine\'s president, called it a terrorist attack planned by Russia.', '2022-09-27', PESKOV, '2022-09-28', ['responsibility']],
    ['Данські військові повідомили, що газопроводи «Північний потік» пошкоджені підводними вибухами.\n\nРадник Офісу Президента Михайло Подоляк заявив, що це терористична атака, яку спланувала росія.', '2022-09-27', PESKOV_RU, '2022-09-28', ['responsibility']],
    ['Датские военные сообщили, что газопроводы «Северный поток» повреждены подводными взрывами.\n\nСоветник главы Офиса президента Украины Михаил Подоляк заявил, что это диверсия, которую устроила Россия.', '2022-09-27', PESKOV_RU, '2022-09-29', ['responsibility']],
    // must-nots: the accusation names another thing of its own (Iranian drones), or no sabotage or
    // attack word (a shelling reported in the same story), or the document names no topic at all,
    // or the denial comes weeks later
    ['COPENHAGEN, Sept 27 (Reuters) - Danish officials said the Nord Stream pipelines had been damaged by underwater blasts.\n\nUkraine\'s air force said Russia had launched 40 Iranian drones in a terrorist attack overnight.', '2022-09-27', PESKOV, '2022-09-28', []],
    ['COPENHAGEN, Sept 27 (Reuters) - Danish officials said the Nord Stream pipelines had been damaged by underwater blasts.\n\nThe governor of Kharkiv said Russian troops had shelled the city overnight.', '2022-09-27', PESKOV, '2022-09-28', []],
    ['KYIV, Sept 27 (Reuters) - Mykhailo Podolyak, an adviser to Ukraine\'s president, called it a terrorist attack planned by Russia.', '2022-09-27', PESKOV, '2022-09-28', []],
    ['COPENHAGEN, Sept 27 (Reuters) - Danish officials said the Nord Stream pipelines had been damaged by underwater blasts.\n\nMykhailo Podolyak, an adviser to Ukraine\'s president, called it a terrorist attack planned by Russia.', '2022-09-27', PESKOV, '2022-11-20', []],
  ];
  const bad: string[] = [];
  for (const [c, cd, d, dd, want] of rows) {
    const got = kindsBetween(c, cd, d, dd);
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${c}\n  vs ${d}\n  want ${want.join(', ') || 'no dispute'}, got ${got.join(', ') || 'no dispute'}`);
  }
  assert.deepEqual(bad, []);
});
