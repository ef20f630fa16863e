/**
 * Table-driven tests for the `entities` stage.
 *
 * Conventions (from src/analyze/entities/index.ts), used to write the expected values by hand:
 * - an entity's span is the whole mention as written, a leading title included ("Defence Minister
 *   Rustem Umerov"); `title` is the title's span and `name` the name without it ("Rustem Umerov");
 * - an apposition after a name ("Oleh Kravets, the deputy chairman of the regional council,") is
 *   recorded as the entity's `title`, without the commas;
 * - a lower-case determiner before a name is not part of it ("the Ministry of Defence" →
 *   "Ministry of Defence");
 * - organisation head words ("Ministry", "Staff", "Service") make organisations; news agencies
 *   (Reuters, TASS, Interfax) are channels; countries and capitals are places;
 * - a bare surname after the full name was given stands for that person (`name` is the full name);
 * - weekdays and months are not entities.
 *
 * Each row lists the entities that must be present (by exact span text) and strings that no entity
 * may contain. Every row also checks every span of the analysis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import type { EntityType } from '../../src/analyze/index.js';
import { assertAllSpans, label } from './stage-helpers.js';

interface E {
  /** exact text of the entity's span */
  text: string;
  type: EntityType;
  name: string | null;
  /** exact text of the title or apposition; omitted: not checked; null: none */
  title?: string | null;
}

const e = (text: string, type: EntityType, name: string | null, title?: string | null): E =>
  title === undefined ? { text, type, name } : { text, type, name, title };

const ROWS: { text: string; entities: E[]; absent?: string[]; todo?: string }[] = [
  {
    // The rows below list only the entities the row is about; the towns they mention (Kharkiv,
    // Shebekino, Vovchansk, Odesa, Kupiansk) are places too, which this row pins: the places stage
    // types an unknown entity that is exactly a resolved place as a place.
    text: 'Shells hit Kharkiv, Shebekino, Vovchansk, Odesa and Kupiansk overnight.',
    entities: [
      e('Kharkiv', 'place', 'Kharkiv'), e('Shebekino', 'place', 'Shebekino'), e('Vovchansk', 'place', 'Vovchansk'),
      e('Odesa', 'place', 'Odesa'), e('Kupiansk', 'place', 'Kupiansk'),
    ],
  },
  {
    text: 'Defence Minister Rustem Umerov visited Kharkiv on Tuesday.',
    entities: [e('Defence Minister Rustem Umerov', 'person', 'Rustem Umerov', 'Defence Minister')],
    absent: ['Tuesday'],
  },
  {
    text: 'Oleh Kravets, the deputy chairman of the regional council, said 4 civilians were hurt.',
    entities: [e('Oleh Kravets', 'person', 'Oleh Kravets', 'the deputy chairman of the regional council')],
  },
  {
    text: 'Governor Pavel Savchuk said two civilians were wounded in Shebekino.',
    entities: [e('Governor Pavel Savchuk', 'person', 'Pavel Savchuk', 'Governor')],
  },
  {
    text: 'Colonel Dmytro Lysenko commands a territorial defence battalion.',
    entities: [e('Colonel Dmytro Lysenko', 'person', 'Dmytro Lysenko', 'Colonel')],
  },
  {
    text: 'Lt. Gen. Kyrylo Budanov gave no details.',
    entities: [e('Lt. Gen. Kyrylo Budanov', 'person', 'Kyrylo Budanov', 'Lt. Gen.')],
  },
  {
    text: 'The Ministry of Defence said its forces repelled 5 attacks.',
    entities: [e('Ministry of Defence', 'organisation', 'Ministry of Defence')],
  },
  {
    text: "Ukraine's General Staff said 2 tanks were destroyed near Vovchansk.",
    entities: [e('Ukraine', 'place', 'Ukraine'), e('General Staff', 'organisation', 'General Staff')],
  },
  {
    text: 'The State Border Guard Service reported no crossings overnight.',
    entities: [e('State Border Guard Service', 'organisation', 'State Border Guard Service')],
  },
  {
    text: 'Reuters could not verify the footage.',
    entities: [e('Reuters', 'channel', 'Reuters')],
  },
  {
    text: 'TASS and Interfax carried the statement in full.',
    entities: [e('TASS', 'channel', 'TASS'), e('Interfax', 'channel', 'Interfax')],
  },
  {
    text: 'Russia fired missiles at Kyiv and Odesa overnight.',
    entities: [e('Russia', 'place', 'Russia'), e('Kyiv', 'place', 'Kyiv')],
  },
  {
    text: 'Talks between envoys in Moscow and Washington stalled on Friday.',
    entities: [e('Moscow', 'place', 'Moscow'), e('Washington', 'place', 'Washington')],
    absent: ['Friday'],
  },
  {
    text: 'Oleksandr Syrskyi visited troops near Kupiansk. Syrskyi said the line was stable.',
    entities: [e('Oleksandr Syrskyi', 'person', 'Oleksandr Syrskyi'), e('Syrskyi', 'person', 'Oleksandr Syrskyi')],
  },
  {
    text: 'On Monday the Kremlin gave no comment. On Wednesday in March the Pentagon did.',
    entities: [e('Kremlin', 'organisation', 'Kremlin'), e('Pentagon', 'organisation', 'Pentagon')],
    absent: ['Monday', 'Wednesday', 'March'],
  },
  {
    text: 'Kremlin spokesman Dmitry Peskov declined to comment.',
    entities: [e('Kremlin spokesman Dmitry Peskov', 'person', 'Dmitry Peskov', 'Kremlin spokesman')],
  },
];

for (const row of ROWS) {
  test(`entities: ${label(row.text)}`, row.todo ? { todo: row.todo } : {}, () => {
    const a = analyze({ id: 'e', text: row.text });
    assertAllSpans(a);
    const found = a.entities.map((x) => `${JSON.stringify(x.text)}:${x.type}:${x.name}`).join(', ');
    const used = new Set<number>();
    for (const exp of row.entities) {
      const k = a.entities.findIndex((x, i) => !used.has(i) && x.text === exp.text);
      assert.ok(k >= 0, `entity ${JSON.stringify(exp.text)} is found (got ${found})`);
      used.add(k);
      const got = a.entities[k]!;
      assert.equal(got.type, exp.type, `type of ${JSON.stringify(exp.text)}`);
      assert.equal(got.name, exp.name, `name of ${JSON.stringify(exp.text)}`);
      if (exp.title !== undefined) assert.equal(got.title?.text ?? null, exp.title, `title of ${JSON.stringify(exp.text)}`);
    }
    for (const s of row.absent ?? []) {
      assert.ok(!a.entities.some((x) => x.text.includes(s)), `no entity holds ${JSON.stringify(s)} (got ${found})`);
    }
  });
}
