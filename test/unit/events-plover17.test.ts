/**
 * Mechanisms of lane plover17 (which event is THE event of a sentence, type from verb class + object
 * class): each table holds new sentences written for sitrep in the style of wire reports, with the
 * expected main event written by hand from the CAMEO2PLOVER-2021 codes before the stage was run on
 * them, and must-not rows (near misses that keep their old reading). `main` is the main event as
 * bench/events.ts picks it (test/unit/event-table.ts).
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events plover17', name, rows);
}

table('attacking a plan, policy or decision is criticism (CAMEO 111 → ACCUSE); attacking a place or a force stays an assault', [
  ['The foreign minister attacked the peace plan as a betrayal of the refugees.', 'ACCUSE'],
  ['The opposition leader launched a fierce attack on the government\'s economic policy.', 'ACCUSE'],
  ['Newspapers in the capital attacked the decision to raise fuel prices.', 'ACCUSE'],
  ['Church leaders attacked the new abortion bill.', 'ACCUSE'],
  ['The union attacked the government\'s proposals on pensions.', 'ACCUSE'],
  // must-not: physical targets
  ['Guerrillas attacked the town of Dolo before dawn.', 'ASSAULT'],
  ['The militia launched an attack on an army base in the east.', 'ASSAULT'],
  ['Rebels attacked a convoy carrying food aid.', 'ASSAULT'],
  ['Gunmen attacked the offices of the ruling party.', 'ASSAULT'],
]);

table('a sentence-initial plural in -es is still the plural of its trigger ("Clashes", "Marches")', [
  ['Clashes erupted between rebels and troops in the north.', 'ASSAULT'],
  ['Clashes between rebels and troops left ten dead.', 'ASSAULT'],
  ['Ambushes on army convoys killed 12 soldiers last month.', 'ASSAULT'],
]);

table('"left N dead" counts a toll, it is no withdrawal (only armed or governing bodies leaving a place withdraw)', [
  ['The storm left 20 people dead in the south.', 'none'],
  ['The bombing left 30 people dead and 100 wounded.', 'ASSAULT'],
  ['The floods left thousands homeless.', 'none'],
  // must-not: a force leaving a place withdraws
  ['Rebel fighters left the town on Sunday.', 'RETREAT'],
]);

table('protesters who clash with police riot (CAMEO 145 → PROTEST riot); armed parties clashing fight', [
  ['Demonstrators protesting against the election results clashed with riot police.', 'PROTEST/riot'],
  ['Protesters clashed with police outside parliament.', 'PROTEST/riot'],
  // must-not: armed parties
  ['Rebels clashed with government troops near the border.', 'ASSAULT'],
  ['Troops clashed with guerrillas in the mountains on Sunday.', 'ASSAULT'],
]);

table('an act called "out of the question" is rejected (CAMEO 12x): the verdict is the event, not the act', [
  ['The minister said that lifting sanctions was out of the question.', 'REJECT'],
  ['Talks with the rebels are out of the question, the president said.', 'REJECT'],
  ['A withdrawal of troops from the region is out of the question.', 'REJECT'],
  // must-not: "question" alone decides nothing
  ['The rebels withdrew from the town, leaving the question of a truce open.', 'RETREAT'],
]);

table('removing sanctions or an embargo eases them (CAMEO 085 → RETREAT)', [
  ['The United States removed sanctions on Vietnam on Friday.', 'RETREAT'],
  ['The EU removed the arms embargo on China.', 'RETREAT'],
]);

table('a warning that the addressee must or should act asks for the act (CAMEO 10x → REQUEST); a warning of a hostile act threatens', [
  ['The German chancellor issued a warning to Belgrade that it must respect the ceasefire.', 'REQUEST'],
  ['The United States warned Iraq that it must comply with the UN resolutions.', 'REQUEST'],
  ['The president warned the rebels that they should lay down their arms.', 'REQUEST'],
  // must-not: the act warned of is hostile, or would be done by the speaker
  ['The rebels warned that they would attack the capital.', 'THREATEN/violence'],
  ['The army warned that troops must be ready to attack.', 'THREATEN/violence'],
  ['The United States warned North Korea of serious consequences if it carried out a nuclear test.', 'THREATEN'],
]);

table('negation and plans: an act one says one will not do, a planned act, a protest called off', [
  // CAMEO 0356: saying one will not use force is an intent to de-escalate (AGREE)
  ['The army said it would not attack the town.', 'AGREE'],
  ['The rebels said they will not retaliate for the killings.', 'AGREE'],
  // must-not: a past act that did not happen is no promise (PLOVER keeps the type, with negation as its
  // auxiliary mode); a refusal of a cooperative act rejects it
  ['Troops did not attack the town on Sunday.', 'ASSAULT'],
  ['Israel said it would not withdraw from the Golan Heights.', 'REJECT'],
  // CAMEO 138: a planned attack is a threat
  ['The army is planning a major offensive against the rebels.', 'THREATEN/violence'],
  ['Rebel units were preparing for an assault on the capital.', 'THREATEN/violence'],
  // CAMEO 082: calling off a protest eases dissent (CONCEDE); refusing to do so rejects (1242)
  ['The opposition called off its protests after the talks.', 'CONCEDE'],
  ['The opposition said it would not call off its protests.', 'REJECT'],
]);

table('a meeting that ends with or without agreement: the outcome is the event (CAMEO 12x / 03x); atrocities committed are violence', [
  ['Talks between the two sides ended without agreement.', 'REJECT'],
  ['The negotiations broke up without an agreement on Sunday.', 'REJECT'],
  ['The summit in Lusaka ended without agreement.', 'REJECT'],
  ['The talks ended with an agreement on prisoner exchanges.', 'AGREE'],
  // must-not: talks that just end, with no outcome named
  ['The talks ended on Friday in Geneva.', 'CONSULT'],
  ['The soldiers committed atrocities against civilians in the village.', 'ASSAULT'],
  // must-not: the accusation comes first
  ['Human rights groups accused the army of committing atrocities against civilians.', 'ACCUSE'],
]);
