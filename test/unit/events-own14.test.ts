/**
 * Event typing changes of lane plover14 (tuned on the dev half of bench/gold/plover-own14): for each, the
 * construction that motivated it, new sentences of our own for the same construction, and the nearest
 * readings that must not change. Expected values were written by hand from the CAMEO2PLOVER-2021 codes
 * before the stage was run on the new rows. `main` is the main event as bench/events.ts picks it.
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events own14', name, rows);
}

table('a trigger word that is one part of a hyphen compound before a noun names no event', [
  ['The foreign ministers held closed-door talks in Vienna on Monday.', 'CONSULT'],
  ['Opposition deputies stayed away from the swearing-in ceremony of the new cabinet.', 'PROTEST/boycott'],
  ['The strike-hit refinery reopened on Monday, the company said.', 'CONCEDE'],
  // a phrasal-verb noun after the hyphen keeps its event; a compound that is the event itself stays
  ['Two militants were killed in a shoot-out with police in Karachi.', 'ASSAULT'],
  ['Workers began a sit-in at the factory gates.', 'PROTEST'],
  ['Police closed the border crossing on Monday.', 'COERCE'],
]);

table('a participle after the object noun of an earlier event, before a preposition, is a reduced relative clause', [
  ['The prime minister dismissed the proposal put forward by the opposition.', 'REJECT'],
  ['The court freed two journalists arrested during the unrest.', 'RETREAT/release'],
  ['Moscow condemned the new sanctions announced by Brussels on Friday.', 'ACCUSE'],
  // with no earlier event the participle's clause is the main one
  ['Three men arrested during the protests were released on bail.', 'COERCE/arrest'],
  ['Police arrested 20 people during the protests, witnesses said.', 'COERCE/arrest'],
]);

table('a facility noun after an event noun names the place, not the event', [
  ['Guards at a detention centre beat the inmates, a UN report said.', 'ASSAULT'],
  // the noun alone stays an event
  ['The detention of the opposition leader drew protests.', 'COERCE/arrest'],
]);

table('new wire phrasings of sentences, easing, rejection and boycott (CAMEO 081, 12, 1431, 13, 1721)', [
  ['A court in Tehran condemned the blogger to death for insulting the prophet.', 'SANCTION/convict'],
  ['The judge handed the former minister a seven-year prison term.', 'SANCTION/convict'],
  ['The governor commuted the sentences of 40 prisoners on death row.', 'CONCEDE'],
  ['The new government rolled back restrictions on foreign media.', 'CONCEDE'],
  ['Authorities ended the state of emergency in the capital on Sunday.', 'CONCEDE'],
  ['The union poured cold water on the government\'s pay offer.', 'REJECT'],
  ['Regulators throttled access to Telegram during the election.', 'COERCE/censor'],
  ['Tokyo cautioned Beijing that it would respond to any incursion.', 'THREATEN'],
  ['The kidnappers set free two of the aid workers on Tuesday.', 'RETREAT/release'],
  ['Soldiers subjected detainees to beatings, the report said.', 'ASSAULT/torture'],
  // the nearest readings keep their type
  ['The opposition condemned the arrests of journalists.', 'ACCUSE'],
  ['Authorities declared a state of emergency in the capital.', 'COERCE'],
  ['The army set fire to the village, residents said.', 'ASSAULT'],
]);
