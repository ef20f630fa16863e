/**
 * Event typing changes of lane events (tuned on the dev half of bench/gold/plover-own11): for each, the
 * sentence that motivated it and the nearest readings that must not change. Expected values were
 * written by hand from the CAMEO2PLOVER-2021 codes before the stage was run on the new rows. `main` is
 * the main event as bench/events.ts picks it (the first event outside a subordinate part, else the first).
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events own11', name, rows);
}

table('a headline\'s bare verb after its plural subject is a verb, not a noun compound', [
  ['Rebels ambush army patrol near Venezuelan border', 'ASSAULT'],
  ['Protesters storm parliament in Nairobi', 'PROTEST'],
  ['Militants attack convoy in northern Mali', 'ASSAULT'],
  // a verb elsewhere in the line: the noun compound stays ("ambush army tactics")
  ['Officials describe ambush army tactics', 'none'],
  ['Elections commission results due Monday', 'none'],
]);

table('armed men marching move or show force (CAMEO 150/154 → MOBILIZE troops), by the head of the subject; anyone else marching demonstrates (fix lane C, reviewer finding 8)', [
  // the reviewer's headlines
  ['Ukrainian troops march into Kherson', 'MOBILIZE/troops'],
  ['Russian forces march on Kyiv', 'MOBILIZE/troops'],
  ['Soldiers march in Victory Day parade', 'MOBILIZE/troops'],
  ['Wagner mutineers march on Moscow', 'MOBILIZE/troops'],
  // the same in running text, and a counted subject
  ['Ukrainian troops marched into Kherson on Friday.', 'MOBILIZE/troops'],
  ['Thousands of soldiers marched through Red Square on Victory Day.', 'MOBILIZE/troops'],
  ['Russian columns marched toward Kyiv in February 2022.', 'MOBILIZE/troops'],
  // near misses: soldiers inside a subject whose head is someone else, and marchers who are no force
  ['Families of soldiers marched on the defence ministry on Saturday.', 'PROTEST/demo'],
  ['Wives of mobilised soldiers marched in Moscow to demand their return.', 'PROTEST/demo'],
  ['Thousands of protesters marched on parliament on Sunday.', 'PROTEST/demo'],
  ['Farmers march on Brussels', 'PROTEST/demo'],
  // a force subject keeps the headline reading of other verbs
  ['Troops storm parliament', 'ASSAULT'],
]);

table('a meeting noun in a manner adjunct gives a consultation verb its mode (CAMEO 041, 042)', [
  ['Zelensky and Trump discussed air defence in a telephone call on Sunday.', 'CONSULT/phone'],
  ['The ministers discussed the crisis during a visit to Beijing.', 'CONSULT/visit'],
  // the phone call is what was discussed, not how
  ['He discussed the phone call with reporters.', 'CONSULT/null'],
  // another clause: the meeting and the call are two consultations
  ['The two leaders met in Paris on Monday and later spoke in a phone call.', 'CONSULT/null'],
]);

table('walking out of a parliament, chamber or session is a boycott (CAMEO 143); of a workplace a strike, of talks a halt', [
  ['Opposition lawmakers walked out of parliament in protest at the new election law.', 'PROTEST/boycott'],
  ['Senators walked out of the chamber before the vote.', 'PROTEST/boycott'],
  ['Workers walked out of the car plant over unpaid wages.', 'PROTEST/strike'],
  ['The delegation walked out of the talks in Geneva.', 'SANCTION/withdraw'],
]);

table('tyres burned in the street block passage in protest (CAMEO 144); burned by protesters a riot; homes burned destruction', [
  ['Angry residents burned tyres and blocked roads in Port-au-Prince over fuel shortages.', 'PROTEST/obstruct'],
  ['Taxi drivers burned tyres on the main road into the city.', 'PROTEST/obstruct'],
  ['Protesters burned tyres outside the governor\'s office.', 'PROTEST/riot'],
  ['Soldiers burned homes in the village.', 'ASSAULT/destroy'],
]);

table('protesters defacing a monument vandalize it (PLOVER PROTEST vandalize); anyone else defacing is no protest', [
  ['Demonstrators defaced a statue of the president in Lome.', 'PROTEST/vandalize'],
  ['Protesters defaced the walls of the ministry with slogans.', 'PROTEST/vandalize'],
  ['Vandals defaced a memorial in the city centre.', 'none'],
]);

table('a passive subject keeps its head over locative postmodifiers ("The mayor of a town in X")', [
  ['The mayor of a town in Mexico\'s Guerrero state was shot dead hours after taking office.', 'ASSAULT/targeted'],
  ['The governor of a province in northern Afghanistan was shot dead on Monday.', 'ASSAULT/targeted'],
  ['The president was shot dead in his residence in the capital.', 'ASSAULT/targeted'],
  // traders are no office holders, whatever office stands in the postmodifier
  ['Two traders in a market near the governor\'s office were shot dead.', 'ASSAULT/firearms'],
]);

table('a military operation or intervention threatened is a threat of force (CAMEO 138)', [
  ['Turkey threatens new military operation in northern Syria', 'THREATEN/violence'],
  ['Israel threatened a military intervention in Lebanon.', 'THREATEN/violence'],
  ['The government threatened an investigation.', 'THREATEN/null'],
]);

table('a weapons test shows military power with a weapon (CAMEO 150 → MOBILIZE weapons)', [
  ['North Korea test-fired a new intercontinental ballistic missile.', 'MOBILIZE/weapons'],
  ['Pakistan test-fired a cruise missile on Tuesday.', 'MOBILIZE/weapons'],
  ['North Korea conducted a missile test.', 'MOBILIZE/weapons'],
  ['Soldiers fired a missile at the convoy.', 'ASSAULT'],
]);

// second round, from own10 dev's errors (own10 dev was already tuned on by lane plover)
table('a headline\'s -s verb after a name is a verb, not a noun compound with the body after it', [
  ['Mexico probes army over disappearance of 43 students', 'ACCUSE/investigate'],
  ['Kenya deploys police officers to Haiti', 'MOBILIZE/police'],
  // (lane plover18: talks that collapse end without agreement, CAMEO 12x → REJECT; the verb reading this row tests is
  // what that needs)
  ['Iran talks collapse', 'REJECT'],
]);

table('the same consultation adjunct fronted gives the main verb its mode', [
  ['In a phone call on Thursday, the Saudi crown prince and the Iranian president discussed the war in Gaza.', 'CONSULT/phone'],
  ['During a visit to Cairo, the foreign minister met the Egyptian president.', 'CONSULT/visit'],
  // a statement or a place fronted gives no mode
  ['In a statement on Thursday, the two leaders discussed the war.', 'CONSULT/null'],
  ['In the capital, the ministers met on Monday.', 'CONSULT/null'],
]);

table('breaking into computer systems is an intrusion (COERCE cyber); into a building no event', [
  ['Hackers linked to Pyongyang broke into the computer networks of South Korea\'s nuclear power operator.', 'COERCE/cyber'],
  ['Thieves broke into a warehouse in the port.', 'none'],
]);

table('merchants or shopkeepers shutting their shops strike (CAMEO 143); authorities shutting shops restrict', [
  ['Merchants in the Tehran bazaar shut their shops for a third day in protest at the collapse of the rial.', 'PROTEST/strike'],
  ['Shopkeepers closed their stores in protest at the new tax.', 'PROTEST/strike'],
  ['Police shut shops selling alcohol in the old city.', 'COERCE/restrict'],
  ['Authorities closed shops and schools ahead of the storm.', 'COERCE/restrict'],
]);
