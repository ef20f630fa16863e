/**
 * Table-driven tests for the Cyrillic tokenizer and sentence splitter of the text stage
 * (src/analyze/text/cyrillic.ts). Expected tokens and sentences are written by hand from the rules
 * in that file's comment (the token shapes wink-nlp gave Russian and Ukrainian text before, and
 * the sentence rules: initials, abbreviations of data/ruuk-abbreviations.tsv, lower-case
 * continuations, ellipses). Hostile rows check offsets only: every token and sentence slices to its
 * text, tokens are in order and never overlap, and no surrogate pair is cut.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc } from '../../src/analyze/index.js';
import { Kind } from '../../src/analyze/doc.js';
import { assertAllSpans } from './stage-helpers.js';

/** The tokens of a Russian or Ukrainian text as their surfaces. */
function tokens(text: string): string[] {
  const doc = analyzeDoc({ id: 't', text, lang: 'ru' });
  const t = doc.tokens;
  const out: string[] = [];
  for (let i = 0; i < t.n; i++) out.push(text.slice(t.start[i]!, t.end[i]!));
  return out;
}

function sentences(text: string, lang = 'ru'): string[] {
  const doc = analyzeDoc({ id: 't', text, lang });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

const TOKEN_ROWS: [string, string[]][] = [
  ['Песков заявил: «Москва готова».', ['Песков', 'заявил', ':', '«', 'Москва', 'готова', '»', '.']],
  ['Нью-Йорк и Куп’янськ', ['Нью', '-', 'Йорк', 'и', 'Куп', '’', 'янськ']],
  ['будь-яких з\'явилися', ['будь', '-', 'яких', 'з', '\'', 'явилися']],
  ['1 520 человек, 3,5 км, в 10:30, 12-15 тыс.', ['1', '520', 'человек', ',', '3,5', 'км', ',', 'в', '10:30', ',', '12-15', 'тыс', '.']],
  ['(+7) А-50 5-летний 3-х', ['(', '+7', ')', 'А', '-50', '5', '-', 'летний', '3', '-', 'х']],
  ['5км Су34 ВСУ2 COVID19', ['5', 'км', 'Су', '34', 'ВСУ', '2', 'COVID19']],
  ['до 12% 10.12.2024', ['до', '12', '%', '10.12.2024']],
  ['🔥🔥 @banksta #новости #news', ['🔥', '🔥', '@banksta', '#', 'новости', '#news']],
  ['Читать https://t.me/x?a=1 и a.b@c.ru', ['Читать', 'https://t.me/x?a=1', 'и', 'a.b@c.ru']],
  ['Сказал... Что? Нет!!! …', ['Сказал', '...', 'Что', '?', 'Нет', '!', '!', '!', '…']],
  ['Раз\u00a0два\u202fтри', ['Раз', 'два', 'три']],
  ['Ё́лка', ['Ё́лка']],
];

test('Cyrillic tokens: surfaces', () => {
  for (const [text, want] of TOKEN_ROWS) assert.deepEqual(tokens(text), want, text);
});

test('Cyrillic tokens: kinds, and line breaks as Space tokens', () => {
  const text = 'Песков 15 «так» Telegram\n\nДа';
  const doc = analyzeDoc({ id: 't', text, lang: 'ru' });
  const t = doc.tokens;
  const kinds = Array.from(t.kind.subarray(0, t.n));
  assert.deepEqual(kinds, [Kind.Other, Kind.Number, Kind.Punct, Kind.Other, Kind.Punct, Kind.Word, Kind.Space, Kind.Other]);
  assert.equal(text.slice(t.start[6]!, t.end[6]!), '\n\n');
  assert.equal(t.lower[0], 'песков');
  assert.equal(t.ent[1], 'CARDINAL');
});

const SENTENCE_ROWS: [string, string[]][] = [
  ['Он пришёл. Она ушла.', ['Он пришёл.', 'Она ушла.']],
  ['Об этом заявил В. В. Путин. Затем он уехал.', ['Об этом заявил В. В. Путин.', 'Затем он уехал.']],
  ['Написал Д. Медведев.', ['Написал Д. Медведев.']],
  ['Профессор В.А. Дубынин выступил.', ['Профессор В.А. Дубынин выступил.']],
  ['В машине находился Андрей Т. Ему оторвало ногу.', ['В машине находился Андрей Т.', 'Ему оторвало ногу.']],
  ['Удар пришёлся на г. Белгород и ул. Ленина.', ['Удар пришёлся на г. Белгород и ул. Ленина.']],
  ['Это было в 2024 г. Сейчас всё иначе.', ['Это было в 2024 г.', 'Сейчас всё иначе.']],
  ['Обстріляли с. Іванівка та м. Херсон.', ['Обстріляли с. Іванівка та м. Херсон.']],
  ['Облака и т.д. Для этого нужно.', ['Облака и т.д.', 'Для этого нужно.']],
  ['Порывы до 25 м/с. Сообщалось о граде.', ['Порывы до 25 м/с.', 'Сообщалось о граде.']],
  ['Он сказал... Что теперь?', ['Он сказал... Что теперь?']],
  ['«Мы победим!» — заявил он.', ['«Мы победим!»', '— заявил он.']],
  ['Иван Г., 1957 г.р. — капитан', ['Иван Г., 1957 г.р. — капитан']],
  ['Так много (и т.д.). Потом ушли.', ['Так много (и т.д.).', 'Потом ушли.']],
  ['Вызов `s.ValueRcv()` вызовет панику.', ['Вызов `s.ValueRcv()` вызовет панику.']],
  ['Он уверен. что прав.', ['Он уверен. что прав.']],
  ['Первая строка\nВторая строка', ['Первая строка', 'Вторая строка']],
  ['Тривають бої. Ворог атакував.', ['Тривають бої.', 'Ворог атакував.']],
];

test('Cyrillic sentences', () => {
  for (const [text, want] of SENTENCE_ROWS) assert.deepEqual(sentences(text), want, text);
});

test('a mixed document: English paragraphs still go to wink-nlp (abbreviations known to it)', () => {
  const text = 'Sen. Bernie Sanders said it. Then he left.\nПесков заявил об этом. Затем уехал.';
  assert.deepEqual(sentences(text, 'mixed'), ['Sen. Bernie Sanders said it.', 'Then he left.', 'Песков заявил об этом.', 'Затем уехал.']);
});

/** Offsets of tokens and sentences are exact, in order, and never cut a surrogate pair. */
function assertOffsets(text: string): void {
  const doc = analyzeDoc({ id: 't', text, lang: 'ru' });
  const t = doc.tokens;
  let last = 0;
  for (let i = 0; i < t.n; i++) {
    const s = t.start[i]!, e = t.end[i]!;
    assert.ok(s >= last && e > s && e <= text.length, `token ${i} [${s}, ${e}) out of order`);
    const hi = text.charCodeAt(e - 1);
    assert.ok(!(hi >= 0xd800 && hi <= 0xdbff && e < text.length && text.charCodeAt(e) >= 0xdc00 && text.charCodeAt(e) <= 0xdfff), `token ${i} cuts a surrogate pair`);
    last = e;
  }
  for (const s of doc.sentences) assert.ok(s.start < s.end && s.end <= text.length);
  assertAllSpans(analyze({ id: 't', text, lang: 'ru' }));
}

test('hostile input: huge lines, lone surrogates, mixed scripts, marks only', () => {
  const rows = [
    'Москва '.repeat(2_000),
    'а.'.repeat(10_000),
    'a.a.'.repeat(1_000) + ' Киев',
    '\ud83d Киев \ude00 \ud83d\ude00 Харків\ud800',
    'Ελλάδα и Київ и العربية и 東京 и Kyiv',
    '🇺🇦🇺🇦 👨‍👩‍👧 ❤️ — «» „“ ‚‘ ’',
    'x@'.repeat(5000) + ' почта a@b.c',
    'h'.repeat(3000) + 'ttp://' + ' Киев',
    '\u0301\u0301 ́ Киев\u0301',
    '\r\n\r\n Да \u2028 Нет \u2029',
    '',
    '.',
  ];
  for (const text of rows) assertOffsets(text);
});
