/**
 * A village name shared by several regions, written in two case forms in one text, is resolved to
 * the namesake in the region the text names («ДНР», «Донецкая Народная Республика», «ЛНР»,
 * «Запорожская область»), not to the one both case forms pick on their own: the case forms of one
 * ambiguous name are one voter, and do not confirm each other's unsupported first reading.
 * Sentences written for this test in the style of Russian and Ukrainian war reporting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze/index.js';

/** The admin1 code of every mention with the given surface. */
function regionsOf(text: string, surface: string): (string | null)[] {
  const doc = analyzeDoc({ id: 'test', text });
  return doc.places.filter((p) => p.text === surface).map((p) => p.admin1 ?? null);
}

// [text, surfaces, expected admin1 of each]
const cases: [string, string[], string][] = [
  // the region named in the People's-Republic wording
  ['Основные силы ВСУ в Урожайном уничтожены, сообщил советник главы ДНР. Гагин добавил, что попытка выйти на фланги в районе Урожайного провалилась.', ['Урожайном', 'Урожайного'], 'UA-14'],
  ['Основні сили ЗСУ в Урожайному знищено, повідомив радник глави ДНР. Спроба вийти на фланги біля Урожайного провалилася.', ['Урожайному', 'Урожайного'], 'UA-14'],
  ['Противник в Урожайном понёс потери, сообщил глава ЛНР. Бои в районе Урожайного продолжаются.', ['Урожайном', 'Урожайного'], 'UA-09'],
  // a region named as Russian voices name it
  ['Противник в Урожайном понёс потери, сообщили власти Запорожской области. Бои в районе Урожайного продолжаются.', ['Урожайном', 'Урожайного'], 'UA-23'],
  // must-not: another region named keeps its namesake
  ['Противник в Урожайном понёс потери, сообщили власти Крыма. Бои в районе Урожайного продолжаются.', ['Урожайном', 'Урожайного'], 'UA-43'],
];

for (const [text, surfaces, want] of cases) {
  test(`namesake in the named region: ${surfaces.join(', ')} → ${want}: ${text.slice(0, 50)}`, () => {
    for (const s of surfaces) assert.deepEqual(regionsOf(text, s), [want], s);
  });
}

test('must-not: with no region named, the two case forms still agree on one reading', () => {
  const text = 'Противник в Урожайном понёс потери. Бои в районе Урожайного продолжаются.';
  const a = regionsOf(text, 'Урожайном');
  const b = regionsOf(text, 'Урожайного');
  assert.equal(a.length, 1);
  assert.deepEqual(a, b);
});
