/**
 * Event typing changes of lane plover (tuned on the dev half of bench/gold/plover-own12 and on a probe
 * of CAMEO-manual style sentences written for this test): for each, the sentence that motivated it,
 * new sentences of our own for the same construction, and the nearest readings that must not change.
 * Expected values were written by hand from the CAMEO2PLOVER-2021 codes before the stage was run on
 * the new rows. `main` is the main event as bench/events.ts picks it (the first event outside a
 * subordinate part, else the first).
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events own12', name, rows);
}

table('a meeting noun that is the subject of a speech act names who speaks, not the event (CAMEO 10x, 11x, 05x by the body)', [
  ['The bishops\' conference demanded that the government open talks with the striking miners.', 'REQUEST'],
  ['The Arab summit called for an end to the blockade of Iraq.', 'REQUEST'],
  ['The party congress condemned the government\'s handling of the economy.', 'ACCUSE'],
  ['An emergency meeting of the Organisation of the Islamic Conference denounced the raid.', 'ACCUSE'],
  ['The donors\' conference endorsed the reconstruction plan.', 'SUPPORT'],
  // the meeting itself, with no speech act of its own, stays the event
  // (lane plover17: "ended without agreement" is a failure to agree, REJECT, PLOVER "refuse, fail to agree";
  // that row moved to events-plover17 and the meeting ending with no outcome named stays here)
  ['The summit in Lusaka ended on Sunday.', 'CONSULT'],
  ['The conference on Cyprus opened in Geneva on Monday.', 'CONSULT'],
  ['Leaders met in Cairo and called for an end to the fighting.', 'CONSULT'],
]);

table('a participle before its noun describes the noun even when the tagger reads the noun as an adjective', [
  ['A jailed dissident has refused food for 30 days to demand a fair trial, his wife told reporters.', 'PROTEST/hunger'],
  ['The detained dissident went on hunger strike on Monday.', 'PROTEST/hunger'],
  ['An exiled dissident urged the United Nations to investigate the killings.', 'REQUEST'],
  // the participle as the main verb stays
  ['Police jailed a dissident for ten years.', 'COERCE'],
]);

table('treating victims, the wounded or patients gives relief (CAMEO 073 → AID)', [
  ['Cuban doctors are treating earthquake victims in the mountains of Pakistani Kashmir.', 'AID'],
  ['Red Cross medics treated hundreds of wounded civilians in the besieged city.', 'AID'],
  ['Jordanian army doctors treated the injured at a field hospital in Gaza.', 'AID'],
  // treating someone as something is no relief
  ['The ministry treated the matter as urgent.', 'none'],
]);

table('irregular past forms the tagger reads as nouns keep their verb\'s trigger (CAMEO 056 forgive)', [
  ['The pope forgave the Turkish gunman who shot him in St Peter\'s Square.', 'SUPPORT'],
  ['The widow forgave the soldiers who killed her husband.', 'SUPPORT'],
]);

table('"weapons of mass destruction" names a class of weapons, not an act of destruction', [
  ['Libya announced it would abandon its programme to develop weapons of mass destruction.', 'AGREE'],
  ['The inspectors found no weapons of mass destruction in Iraq.', 'none'],
  ['Iraq was accused of hiding weapons of mass destruction.', 'ACCUSE'],
]);

table('firing a crowd-control weapon is crowd control (PLOVER ASSAULT crowd-control), not live fire', [
  ['Security forces fired tear gas and water cannon to disperse students marching on the presidential palace.', 'ASSAULT/crowd-control'],
  ['Police fired rubber bullets at stone-throwing youths in the old city.', 'ASSAULT/crowd-control'],
  ['Riot police fired stun grenades to break up the rally.', 'ASSAULT/crowd-control'],
  // live fire stays firearms
  ['Soldiers fired live rounds at the protesters.', 'ASSAULT/firearms'],
  ['Soldiers fired on the crowd, killing three people.', 'ASSAULT/firearms'],
]);

table('defying an order, a ban or the law is CAMEO 128 (REJECT yield)', [
  ['The miners\' union defied a government order to end the strike.', 'REJECT/yield'],
  ['Thousands of students defied a ban on public gatherings.', 'REJECT/yield'],
  ['The opposition leader defied a court summons.', 'REJECT/yield'],
]);

table('a crowd storming a building riots (CAMEO 145 → PROTEST riot); troops storming one attack', [
  ['Angry crowds stormed the Danish embassy in Damascus and set it on fire.', 'PROTEST/riot'],
  ['A mob stormed the police station and freed the prisoners.', 'PROTEST/riot'],
  ['Special forces stormed the theatre to free the hostages.', 'ASSAULT'],
]);

table('bringing traffic or a city to a standstill obstructs passage (CAMEO 144 → PROTEST obstruct)', [
  ['Taxi drivers brought traffic in the capital to a standstill in protest at a rise in fuel prices.', 'PROTEST/obstruct'],
  ['Truckers brought the port to a standstill for a second day.', 'PROTEST/obstruct'],
]);

table('mobilising support, opinion or lobbies rallies support (CAMEO 053 → SUPPORT); mobilising troops stays MOBILIZE', [
  ['Saudi Arabia has mobilized pressure groups in the United States to help support the rights of Palestinians.', 'SUPPORT'],
  ['The opposition mobilised international support for the jailed leader.', 'SUPPORT'],
  ['Armenia mobilised its reservists.', 'MOBILIZE/troops'],
]);

// second round, from a probe of CAMEO codes written for this file (CAMEO-manual style sentences of our own)
table('handing over a wanted person is judicial cooperation (CAMEO 063 → COOPERATE), whoever the person is called', [
  ['Colombia handed over a drug lord to the United States.', 'COOPERATE'],
  ['Mexico handed over two drug barons to American agents.', 'COOPERATE'],
  // goods handed over stay aid
  ['Swiss doctors handed over medicine to the Red Crescent.', 'AID'],
]);

table('extending a credit or a loan gives economic aid (CAMEO 071 → AID)', [
  ['Japan extended a $200 million credit to Indonesia.', 'AID'],
  ['China extended a soft loan to Angola to rebuild its railways.', 'AID'],
]);

table('opening borders to refugees takes them in (CAMEO 075 → AID); to trade or aid convoys it allows access', [
  ['Jordan has opened its borders to thousands of Iraqi refugees.', 'AID'],
  ['Macedonia opened its border to refugees fleeing Kosovo.', 'AID'],
]);

table('lobbying or interceding on behalf of someone rallies support for them (CAMEO 053 → SUPPORT)', [
  ['Several European governments lobbied on behalf of the jailed Russian oil executive.', 'SUPPORT'],
  ['The pope interceded on behalf of the condemned men.', 'SUPPORT'],
  // lobbying for an act asks for it
  ['Farmers lobbied the government for higher subsidies.', 'REQUEST'],
]);

// third round, modes from own12 dev's errors
table('a demand for a law, reform, rights, a constitution or pay demands a change (CAMEO 104x → REQUEST change)', [
  ['In a letter to the prime minister, the trade union federation demanded an immediate rise in the minimum wage.', 'REQUEST/change'],
  ['Kurdish leaders demanded a federal system for the north.', 'REQUEST/change'],
  ['Nurses demanded a pay increase of ten percent.', 'REQUEST/change'],
  ['Opposition parties demanded constitutional reforms before the elections.', 'REQUEST/change'],
  ['The students called for a referendum on the monarchy.', 'REQUEST/change'],
  ['Civil servants demanded higher salaries.', 'REQUEST/change'],
  // a demand for aid or a release keeps its own mode
  ['Zambia asked the World Bank for a new loan.', 'REQUEST/assist'],
  ['The bishops demanded the release of the detained priests.', 'REQUEST/yield'],
]);

table('declining to ease a restriction is CAMEO 1241 (REJECT change); declining to release or withdraw 1243/1246 (yield); to meet 125 (meet)', [
  ['The government said it would not lift the state of emergency while attacks by insurgents continued.', 'REJECT/change'],
  ['The junta said it would not lift the ban on political parties.', 'REJECT/change'],
  ['The rebels said they would not release the hostages.', 'REJECT/yield'],
  ['The president said he would not meet the rebel leaders.', 'REJECT/meet'],
  ['Israel refused to lift the blockade of Gaza.', 'REJECT/yield'],
]);
