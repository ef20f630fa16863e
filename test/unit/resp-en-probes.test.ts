/**
 * Probes of lane respEN: English responsibility and cause facts of constructions the fresh dev gold
 * (bench/gold/facts/en/dev-resp2.jsonl) found missing, each written by hand on sentences of our own
 * that are in no gold file (other verbs, word order, tense, negation), before the rule was changed.
 * Places and figures are approximate retellings of public reporting or invented for the construction.
 * Labels as test/unit/fact-labels.ts gives them ("resp RU 1", "resp null 1" for a strike of no named
 * doer, "cause accident").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFactRows, factLabels, type FactRow } from './fact-labels.js';

test('a strike with no named doer is an agentless responsibility fact; a named doer drops it', () => {
  const rows: FactRow[] = [
    ['The city hall in Kherson was hit by artillery overnight, the regional administration said.', undefined, ['resp null 1'], ['resp RU 1']],
    ['Three drones struck an oil depot in the Bryansk region on Sunday, Governor Alexander Bogomaz said.', undefined, ['resp null 1'], ['resp UA 1']],
    ["A missile attack on the port of Izmail damaged grain silos, Ukraine's infrastructure ministry said.", undefined, ['resp null 1'], []],
    // a ground assault of no named side is no incident to attribute
    ['Despite repeated assaults, the situation near Toretsk remains under control, a spokesman for the Khortytsia group said.', undefined, [], ['resp null 1']],
    // "blamed X for the shelling": the shelling is X's, not an unnamed doer's
    ['Regional governor Vyacheslav Gladkov blamed Ukrainian forces for the shelling of the village of Nekhoteevka.', undefined, ['resp UA 1'], ['resp null 1']],
  ];
  checkFactRows(rows);
});

test('one responsibility fact per side and sense in a claim', () => {
  const got = factLabels('A Russian strike on Tuesday hit a school in Kharkiv, regional governor Oleh Syniehubov said.');
  assert.equal(got.filter((l) => l === 'resp RU 1').length, 1, got.join('; '));
  const two = factLabels('Russian troops shelled Nikopol and Russian drones hit Marhanets overnight, governor Serhiy Lysak said.');
  assert.equal(two.filter((l) => l === 'resp RU 1').length, 1, two.join('; '));
});

test("a 'by' phrase after the trigger names the doer of a passive or reduced relative, not the weapon's maker", () => {
  const rows: FactRow[] = [
    ['Officials in Kyiv said an Iranian-designed Shahed drone launched by Russian forces hit a power substation.', undefined, ['resp RU 1'], ['resp IR 1']],
    ['The Ukrainian air force said a North Korean missile fired by Russian troops struck a village near Kharkiv.', undefined, ['resp RU 1'], ['resp KP 1']],
    ['Police in Kharkiv said the shop had been hit by a Russian guided bomb on Monday.', undefined, ['resp RU 1'], ['resp null 1']],
  ];
  checkFactRows(rows);
});

test("a weapon shot down or destroyed is its owner's attack, not the interceptor's; a downed aircraft is the downer's", () => {
  const rows: FactRow[] = [
    ['Russian air defences destroyed 20 Ukrainian drones over the Belgorod region overnight, the defence ministry in Moscow said.', undefined, ['resp UA 1'], ['resp RU 1']],
    ["Ukraine's air force said it had shot down 30 Russian drones over the Kyiv region.", undefined, ['resp RU 1'], ['resp UA 1']],
    ['Debris from a drone downed by Russian air defences damaged a house in Kursk, Governor Alexei Smirnov said.', undefined, ['resp null 1'], ['resp RU 1']],
    ["Ukraine's air force said it had shot down a Russian Su-34 fighter-bomber over the Donetsk region.", undefined, ['resp UA 1'], ['resp RU 1']],
  ];
  checkFactRows(rows);
});

test("'no evidence / sign / indication that|of' asserts no strike", () => {
  const rows: FactRow[] = [
    ['There was no evidence that the depot had been struck by a Ukrainian drone, the governor of the Voronezh region said.', undefined, [], ['resp UA 1', 'resp null 1']],
    ['Investigators found no indication that the train had been hit by a drone, Russian Railways said.', undefined, [], ['resp null 1', 'resp UA 1']],
    ['The Ukrainian air force said there was no sign of a missile strike on the airfield in Starokostiantyniv.', undefined, [], ['resp null 1', 'resp RU 1']],
  ];
  checkFactRows(rows);
});

test('a weapon going off is an attack of no named doer; a tank or depot exploding is not', () => {
  const rows: FactRow[] = [
    ['A bomb planted under a car exploded in Melitopol on Friday, killing a Russian-installed official, the local administration said.', undefined, ['resp null 1'], []],
    ['A grenade thrown into the checkpoint exploded near Berdiansk, wounding two Russian soldiers, officials said.', undefined, ['resp null 1'], []],
    ['A fuel tank exploded at the Russian army depot in Dzerzhinsk, the regional emergencies ministry said.', undefined, [], ['resp null 1']],
  ];
  checkFactRows(rows);
});

test('the object of a blame cue names the doer; "had no involvement in" denies', () => {
  const rows: FactRow[] = [
    ['The Kremlin accused Kyiv of shelling the Zaporizhzhia nuclear plant.', undefined, ['resp UA 1'], []],
    ['Governor Vyacheslav Gladkov blamed the Ukrainian army for a drone strike on a bus in Belgorod.', undefined, ['resp UA 1'], []],
    ["Armenia's foreign ministry accused Baku of shelling the border town of Jermuk with artillery.", undefined, ['resp AZ 1'], []],
    ['Kyiv had no involvement in the explosion on the Crimean bridge, a Ukrainian official said.', undefined, ['resp UA -1'], ['resp UA 1']],
    ['Belarus has no role in the missile strikes on Ukraine, the defence ministry in Minsk said.', undefined, ['resp BY -1'], []],
    ["Ukraine has no involvement in the sabotage at the Russian air base, presidential adviser Mykhailo Podolyak said.", undefined, ['resp UA -1'], ['resp UA 1']],
  ];
  checkFactRows(rows);
});

test('attacks said to be repelled in the passive are no strike', () => {
  const rows: FactRow[] = [
    ['All Russian assaults near Pokrovsk were repelled, the General Staff said.', undefined, [], ['resp RU 1', 'resp null 1']],
    ['Ukrainian attacks near Robotyne were repulsed, the Russian defence ministry said.', undefined, [], ['resp UA 1', 'resp null 1']],
    ['Several attacks by Russian infantry were thwarted near Chasiv Yar, the brigade said.', undefined, [], ['resp RU 1']],
  ];
  checkFactRows(rows);
});

test("a side's weapon named in the claim is read as the doer only when nothing else names one", () => {
  const rows: FactRow[] = [
    ["Russia's defence ministry said it had struck workshops where Ukrainian attack drones were assembled.", undefined, ['resp RU 1'], ['resp UA 1']],
    ['The Ukrainian navy said it hit a Russian depot storing Iranian drones in Crimea.', undefined, ['resp UA 1'], ['resp IR 1']],
    ['A Russian missile struck a warehouse holding Ukrainian drones, the Russian-installed governor said.', undefined, ['resp RU 1'], ['resp UA 1']],
  ];
  checkFactRows(rows);
});

test('accident causes: pilot error, collisions, misfires; versions side by side give no cause', () => {
  const rows: FactRow[] = [
    ['The Su-25 crashed during a training flight because of pilot error, the Russian defence ministry said.', undefined, ['cause accident'], ['cause attack']],
    ['The Ukrainian air force said two of its helicopters collided while landing at a base in the Donetsk region.', undefined, ['cause accident'], ['cause attack']],
    ['An artillery shell misfired during firing practice near Belgorod, killing two Russian soldiers, the ministry said.', undefined, ['cause accident'], []],
    ['Investigators are looking into sabotage and a technical fault as possible causes of the Mi-8 crash, the Russian defence ministry said.', undefined, [], ['cause accident', 'cause attack']],
  ];
  checkFactRows(rows);
});

test("'by friendly fire' names the hit side, or no one", () => {
  const rows: FactRow[] = [
    ["Ukraine's air force said its Su-27 was shot down by friendly fire over Zaporizhzhia.", undefined, ['resp UA 1'], ['resp null 1']],
    ['A Russian military blogger wrote that the Russian Il-76 had been downed by friendly fire near Belgorod.', undefined, ['resp RU 1'], ['resp null 1']],
    ['The Ukrainian reconnaissance drone was brought down by friendly fire, the brigade said.', undefined, ['resp UA 1'], ['resp null 1']],
  ];
  checkFactRows(rows);
});

test('sinking a ship and setting things alight are a named side\'s destruction', () => {
  const rows: FactRow[] = [
    ["Ukraine's navy said its sea drones had sunk a Russian landing ship off Crimea.", undefined, ['resp UA 1'], ['resp RU 1']],
    ['The Russian defence ministry said Ukrainian saboteurs had set fuel tanks alight at a depot in the Belgorod region.', undefined, ['resp UA 1'], []],
    ['Russian troops set the village school alight before retreating, the Kharkiv regional prosecutor said.', undefined, ['resp RU 1'], []],
  ];
  checkFactRows(rows);
});

test('crash and sabotage stories of military aircraft are war reporting; a passenger plane in fog is not', () => {
  const rows: FactRow[] = [
    ['Pro-Ukrainian channels claimed the plane had been brought down by sabotage.', undefined, ['cause attack'], ['cause accident']],
    ['A Su-34 bomber crashed during a training flight because of an engine failure, the ministry said.', undefined, ['cause accident'], ['cause attack']],
    ['Investigators said a breach of flight rules caused the crash of the Il-76 at the airfield.', undefined, ['cause accident'], []],
    // (lane cause) a passenger plane's crash is no war reporting, but what brought it down is still a
    // cause: an accident marked as told with no war word (crashOnly), which compare sets only against
    // another aircraft's cause ("shot at from the ground", AZAL 2024), never against a strike on anything else
    ['A passenger plane crashed in fog near the airport after an engine failure, the aviation agency said.', undefined, ['cause accident'], ['cause attack', 'resp null 1']],
  ];
  checkFactRows(rows);
});

test("'its' of a speaking body opens the doer's phrase after a date; a participle's subject is the doer; 'brought down'", () => {
  const rows: FactRow[] = [
    ["Ukraine's navy said on Monday its naval drones had sunk a Russian tugboat near Crimea.", undefined, ['resp UA 1'], ['resp RU 1']],
    ["Ukraine's military intelligence said on Friday its agents had set fire to two Russian helicopters at an airfield near Moscow.", undefined, ['resp UA 1'], ['resp RU 1']],
    ['The Russian units occupying the village set the granary alight before retreating, the Ukrainian military said.', undefined, ['resp RU 1'], []],
    ['A source close to the Wagner group said the plane had been brought down by a missile.', undefined, ['resp null 1', 'cause attack'], ['cause accident']],
  ];
  checkFactRows(rows);
});

test("a strike set aside with 'rather than' / 'instead of' is none; a verb coordinated after the speaker's 'it' is its act", () => {
  const rows: FactRow[] = [
    ['The governor of the Belgorod region said the blast at the depot was caused by a gas leak rather than by a drone strike.', undefined, [], ['resp null 1', 'resp UA 1']],
    ['Investigators said the fire at the arsenal started because of faulty wiring rather than a Ukrainian drone attack.', undefined, [], ['resp UA 1', 'resp null 1']],
    ['Officials in Kherson pointed to a short circuit instead of a Russian missile strike as the cause of the fire.', undefined, [], ['resp RU 1', 'resp null 1']],
    ['The Russian defence ministry said it had regrouped its units and had hit Ukrainian positions near Kupiansk.', undefined, ['resp RU 1'], ['resp UA 1']],
  ];
  checkFactRows(rows);
});
