/**
 * Mechanisms of lane plover19, read off the dev half of bench/gold/plover-own17 and the dev errors of the older
 * own batches: a hyphenated compound modifier inside a light verb's noun phrase, assistance personnel as an
 * object class, an embargo imposed as a sanction, readiness ("poised to") as an intent, and a missile fired
 * into the sea as a test. The sentences are new (other incidents and wordings than the own batches), with near
 * misses. Expected values were written by hand from the CAMEO2PLOVER-2021 codes and the GSR's conventions
 * (plover-own17/README.md) before the stage was changed. `main` is the main event as bench/events.ts picks it.
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events plover19', name, rows);
}

table('a hyphenated compound modifier ("long-delayed", "UN-brokered") stays inside the noun phrase of a light verb\'s gap', [
  ['The two sides struck a long-delayed trade deal on Friday.', 'AGREE'],
  ['Kenya and Somalia struck a long-awaited deal on fishing rights.', 'AGREE'],
  ['Seoul and Tokyo struck a much-criticised deal over wartime labour.', 'AGREE'],
  ['Gunmen struck a police checkpoint outside Peshawar.', 'ASSAULT'],
]);

table('military advisers, instructors and trainers sent to another state are military aid (CAMEO 072), their expulsion a reduction of relations (166); troops sent are a mobilisation', [
  ['Washington sent 300 military advisers to Iraq.', 'AID'],
  ['France dispatched instructors to train the Malian army.', 'AID'],
  ['Britain is sending military trainers to Kenya.', 'AID'],
  ['The junta expelled the French military instructors.', 'SANCTION/expel'],
  ['The ministry sent troops to the border.', 'MOBILIZE/troops'],
]);

table('an embargo imposed is a sanction, as "imposed sanctions" is in the GSR (SANCTION); threatened, a threat to restrict (1312)', [
  ['The Security Council imposed an arms embargo on Libya.', 'SANCTION'],
  ['Washington imposed an oil embargo on Cuba in 1962.', 'SANCTION'],
  ['The United States threatened an embargo on Iranian oil.', 'THREATEN/restrict'],
]);

table('"poised to" states readiness: a hostile act so announced is a threat (13x); a cooperative one keeps its reading (in political news "poised to" mostly means likely to)', [
  ['Israeli troops were poised to storm the camp, officials said.', 'THREATEN/violence'],
  ['The rebels are poised to attack the capital.', 'THREATEN/violence'],
  ['The two sides are poised to reach an agreement on trade.', 'AGREE'],
]);

table('a missile fired or launched into the sea is a weapons test (MOBILIZE weapons); fired into a place or a crowd, an attack', [
  ['North Korea fired two ballistic missiles into the sea off its east coast.', 'MOBILIZE/weapons'],
  ['Pyongyang launched a cruise missile into the sea on Sunday.', 'MOBILIZE/weapons'],
  ['Militants fired rockets into southern Israel.', 'ASSAULT'],
  ['Troops fired tear gas into the crowd.', 'ASSAULT/crowd-control'],
]);

table('a verb of considering a proposal ("entertain", "countenance", "contemplate") is a refusal when negated (CAMEO 12x), no event when not', [
  ['Beijing said it would not entertain any proposal to partition the disputed islands.', 'REJECT'],
  ['The generals will not countenance any plan to cut the defence budget.', 'REJECT'],
  ['The comedian entertained the audience for two hours.', 'none'],
]);

table('an act one faces if or unless something is done is held out, a threat (CAMEO 13x); faced with no condition, an act', [
  ['Foreign reporters were told they faced deportation if they filmed the protests.', 'THREATEN'],
  ['Strikers face arrest unless they return to work, the ministry said.', 'THREATEN/arrest'],
  ['Protesters faced tear gas and water cannon in the capital.', 'ASSAULT'],
]);

table('an act named in the subject of a predicate whose subject is what it acts on ("out of the question", "came under fire") is its argument: the predicate is the event', [
  ['The rebels said a swap of prisoners was out of the question.', 'REJECT'],
  ['Officials said a return to the talks was off the table for now.', 'REJECT'],
  ['A convoy carrying food aid came under fire near Kismayo.', 'ASSAULT'],
  ['Peace talks between the government and the rebels broke down on Friday.', 'REJECT'],
]);

table('a noun trigger right before another is a modifier of a compound whose head is the last noun: "ceasefire talks" are talks, "a ceasefire deal" a deal', [
  ['Ceasefire talks between the army and the rebels opened in Addis Ababa.', 'CONSULT'],
  ['The two factions reached a ceasefire deal late on Sunday.', 'AGREE'],
  ['A ceasefire agreement was reached in Doha on Friday.', 'AGREE'],
  ['The ceasefire took effect at midnight.', 'RETREAT/ceasefire'],
]);

table('"consider" is of the same class when negated and active; passive or not negated, no event', [
  ['The government said it would not consider any plan to pull troops out of the north.', 'REJECT'],
  ['The referendum is not considered binding by the courts.', 'none'],
  ['Ministers will consider the proposal next week.', 'none'],
]);

table('a motion, bill or resolution defeated is voted down (CAMEO 12x → REJECT); a defeat of anything else is typed by nothing here', [
  ['A motion calling for the minister\'s resignation was defeated in parliament.', 'REJECT'],
  ['The senate defeated the bill by 52 votes to 48.', 'REJECT'],
  ['The team defeated its rivals on Sunday.', 'none'],
]);

table('a multinational, regional or joint force is a body: leaving one reduces relations (CAMEO 16x → SANCTION withdraw); troops leaving a place withdraw', [
  ['Chad pulled out of the multinational force fighting Boko Haram.', 'SANCTION/withdraw'],
  ['Burundi withdrew from the regional force in eastern Congo.', 'SANCTION/withdraw'],
  ['The troops pulled out of the town before dawn.', 'RETREAT/withdraw'],
]);
