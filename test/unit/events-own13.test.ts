/**
 * Event typing changes of lane plover (own13: tuned on the dev half of bench/gold/plover-own13): for each,
 * the construction that motivated it, new sentences of our own for the same construction, and the nearest
 * readings that must not change. Expected values were written by hand from the CAMEO2PLOVER-2021 codes
 * before the stage was run on the new rows. `main` is the main event as bench/events.ts picks it.
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events own13', name, rows);
}

table('a trigger noun compounded with the people who lead, organise or speak for it names them, not an event', [
  ['Protest leaders demanded that the prime minister resign within 48 hours.', 'REQUEST'],
  ['Strike organisers called on the government to reopen wage talks.', 'REQUEST'],
  ['The strike committee rejected the management\'s latest offer.', 'REJECT'],
  ['Protest organizers accused the police of using excessive force.', 'ACCUSE'],
  // the noun as the event stays
  ['The protest in the capital drew thousands of people.', 'PROTEST'],
  ['A strike by dock workers paralysed the port on Monday.', 'PROTEST'],
]);

table('disabling websites is a cyber operation (PLOVER COERCE cyber)', [
  // (not yet: "Hackers linked to Russia's military intelligence knocked out ..." reads the subject as the
  // participle's object, "Russia's military intelligence", so the hackers are not seen)
  ['Hackers knocked out the websites of Georgian ministries on Friday.', 'COERCE/cyber'],
  ['Pro-government hackers knocked out the website of the independent newspaper.', 'COERCE/cyber'],
  // knocking out a tank is combat, not cyber
  ['Ukrainian troops knocked out three Russian tanks near Bakhmut.', 'ASSAULT'],
]);

table('working with someone (to do something) is material cooperation (CAMEO 06x)', [
  ['Interpol worked with Thai police to track down the fugitive banker.', 'COOPERATE'],
  ['Pakistani intelligence is working with the FBI to trace the bombers\' network.', 'COOPERATE'],
  ['Mexican prosecutors worked closely with US investigators on the case.', 'COOPERATE'],
]);

table('arrest, censorship and surrender phrased with take/give and a reflexive (CAMEO 173, 1721, 0874)', [
  ['Security forces took dozens of protesters into custody.', 'COERCE/arrest'],
  ['Police took the opposition leader into custody at his home on Sunday.', 'COERCE/arrest'],
  ['The state broadcaster was taken off the air by the military.', 'COERCE/censor'],
  ['Hundreds of rebels gave themselves up to the army in the south.', 'RETREAT'],
  ['The wanted commander gave himself up to police in Kandahar.', 'RETREAT'],
  // giving up alone stays a withdrawal, custody alone no arrest
  ['The rebels gave up the town without a fight.', 'RETREAT'],
]);

table('shells and rockets slamming into a place strike it (ASSAULT); a vehicle crashing into one is no event', [
  ['Mortar rounds slammed into a crowded market in the capital.', 'ASSAULT/heavy-weapons'],
  ['A rocket smashed into an apartment block in the city centre.', 'ASSAULT/heavy-weapons'],
  ['A lorry slammed into a bus on the highway.', 'none'],
]);

table('an official quitting leaves office (CAMEO 0874 resign → RETREAT)', [
  ['The minister quit on Friday over the handling of the crisis.', 'RETREAT/resign'],
  ['The defence minister resigned on Friday.', 'RETREAT/resign'],
]);

table('a participle between a verb and its noun describes the noun ("let wounded Palestinians leave")', [
  ['Egypt opened the Rafah crossing to let wounded Palestinians leave Gaza.', 'RETREAT'],
  ['Red Cross medics evacuated wounded civilians from the besieged town.', 'AID'], // evacuating people is relief (073), data/event-types.tsv
  // a participle after an auxiliary is the verb
  ['Snipers have wounded two soldiers near the checkpoint.', 'ASSAULT'],
]);

table('airlifting is sending by air: troops airlifted are mobilised, food airlifted is aid (CAMEO 07x / 15x)', [
  ['The army airlifted troops to the northern front.', 'MOBILIZE/troops'],
  ['The United States airlifted food to stranded villagers.', 'AID'],
]);

table('stripping people of their citizenship, seats or rights is coercion (CAMEO 172 administrative sanctions → COERCE restrict)', [
  ['The regime stripped three dissidents of their citizenship.', 'COERCE/restrict'],
  ['Five opposition lawmakers were stripped of their seats by the electoral court.', 'COERCE/restrict'],
]);
