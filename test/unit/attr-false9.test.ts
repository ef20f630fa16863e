/**
 * Table-driven tests for lane false9 (speaker resolution): "the country's air force" names the body of
 * the country the story is filed from (the dateline's country), else of the country named last before
 * it in its sentence or the one before; "it said" in the next sentence is that body too. English only:
 * Russian and Ukrainian copy names the country ("Повітряні сили ЗСУ"). Sentences written for these
 * tests; expected names by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { checkClaimRow, type ClaimRow } from './claim-rows.js';

test('speaker: "the country\'s X" is the X of the dateline\'s country, else of the country named last before it', () => {
  const rows: ClaimRow[] = [
    { name: 'dateline', text: "KYIV, Ukraine (AP) — Russia fired 500 drones and 20 missiles at Ukraine overnight, the country's air force said. Air defenses downed 460 of the drones, it said.", speaker: "the country's air force", cue: 'said', content: 'Russia fired 500 drones and 20 missiles at Ukraine overnight', who: "Ukraine's air force" },
    { name: 'it said after it', text: "KYIV, Ukraine (AP) — Russia fired 500 drones and 20 missiles at Ukraine overnight, the country's air force said. Air defenses downed 460 of the drones, it added.", speaker: 'it', cue: 'added', content: 'Air defenses downed 460 of the drones', who: "Ukraine's air force" },
    { name: 'no dateline: the country named before', text: "Strong winds hit Poland on Sunday. Two people were killed in the storm, the country's interior ministry said.", speaker: "the country's interior ministry", cue: 'said', content: 'Two people were killed in the storm', who: "Poland's interior ministry" },
    // must not: no country named anywhere before: no name
    { name: 'no country', text: "Two people were killed in the storm on Sunday, the country's interior ministry said.", speaker: "the country's interior ministry", cue: 'said', content: 'Two people were killed in the storm on Sunday' },
  ];
  for (const r of rows) checkClaimRow(r);
  const none = analyze({ id: 't', text: rows[3]!.text }).claims.map((c) => c.speaker?.name ?? null);
  assert.deepEqual(none, [null], 'no country named: no name');
});
