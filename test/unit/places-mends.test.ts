/**
 * Place resolution items of the last review (lane mends): the genitive plural «Сум» of Sumy is no
 * province of Burkina Faso. Sentences written for this test in the style of channel posts; expected
 * places decided by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze/index.js';

/** The place at `surface` in `text` as "name admin1", or null when none starts there. */
function placeAt(text: string, surface: string): string | null {
  const doc = analyzeDoc({ id: 'test', text });
  const i = text.indexOf(surface);
  const p = doc.places.find((x) => x.start === i);
  return p ? `${p.name} ${p.admin1 ?? p.country ?? ''}` : null;
}

test('«Сум», the genitive plural of Сумы/Суми, is Sumy', () => {
  const rows: [string, string, string | null][] = [
    ['Жителей Сум эвакуируют после ночного обстрела.', 'Сум', 'Sumy UA-59'],
    ['ВСУ перебрасывают резервы к окраинам Сум, сообщает Рыбарь.', 'Сум', 'Sumy UA-59'],
    ['Окупанти вдарили по околицях Сум.', 'Сум', 'Sumy UA-59'],
    ['Удар по Сумам нанесён ночью.', 'Сумам', 'Sumy UA-59'],
  ];
  for (const [text, surface, want] of rows) assert.equal(placeAt(text, surface), want, text);
});

test('a surname right after a person noun («депутат», «сенатор», «генерал») is the person, not a small town', () => {
  const rows: [string, string, string | null][] = [
    ['Депутат Журавлёв выступил с заявлением о мобилизации.', 'Журавлёв', null],
    ['Сенатор Климов заявил о новых санкциях.', 'Климов', null],
    // a town after a noun of office over it stays the town ("the head of Sudzha", "the mayor of Kursk")
    ['Глава Суджи сообщил об обстреле.', 'Суджи', 'Sudzha RU-KRS'],
    ['Мэр Курска заявил о прилёте.', 'Курска', 'Kursk RU-KRS'],
    // a locative before the name keeps the town
    ['Дроны атаковали Климово в Брянской области.', 'Климово', 'Klimovo RU-BRY'],
  ];
  for (const [text, surface, want] of rows) assert.equal(placeAt(text, surface), want, text);
});
