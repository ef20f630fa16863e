/**
 * Table tests for the causes found in the hand check of 40 claims of the Russian corpus
 * (docs/ru-corpus-check.md, dev sample of branch ruclaims): headline patterns on list lines, the
 * inverted order before a complement, "как" of a conjunction, addressees and "об этом" around a
 * speaker, and own-voice questions and source tails. Texts written for these tests in the style of
 * the corpus's posts; expected values worked out by hand before the rules were run on them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { checkClaimRow, type ClaimRow } from './claim-rows.js';

type Row = ClaimRow;

/** The claims of `text` as "speaker | cue | content" lines. */
function claimsOf(text: string, author?: string): string[] {
  const a = analyze({ id: 't', text, ...(author ? { author, authorType: 'channel' as const } : {}) });
  return a.claims.map((c) => `${c.speaker?.fromDocument ? '(own)' : c.speaker?.text ?? '-'} | ${c.cue?.text ?? '-'} | ${c.content.map((f) => f.text).join(' … ')}`);
}

describe('attribution rows found wrong in the corpus sample, now right', () => {
  const rows: Row[] = [
    { name: 'apposition between the subject and a cue with its complement: preposed, not inverted', text: 'Александр Парфенов, бэкенд-разработчик банка, рассказывает об автоматизации торговых стратегий.', speaker: 'Александр Парфенов', cue: 'рассказывает', content: 'об автоматизации торговых стратегий' },
    { name: 'participle clause between the subject and the cue', text: 'Песков, отвечая на вопрос журналистов, заявил, что звонка не было.', speaker: 'Песков', cue: 'заявил', content: 'что звонка не было', who: 'Dmitry Peskov' },
    { name: 'addressee "нам" before the speaker', text: 'Как рассказали нам соседи, он часто подвергался насилию.', speaker: 'соседи', cue: 'рассказали', content: 'он часто подвергался насилию' },
    { name: '"об этом" after an inverted cue is not the speaker', text: '«Мы не вмешиваемся», — рассказал об этом пресс-секретарь Дмитрий Песков.', speaker: 'пресс-секретарь Дмитрий Песков', cue: 'рассказал', content: '«Мы не вмешиваемся»', who: 'Dmitry Peskov' },
    { name: 'a lower-case circumstance and an adverb after the subject are not the speaker', text: 'Валерий Жила в недавнем треде подробно написал, что метод работает.', speaker: 'Валерий Жила', cue: 'написал', content: 'что метод работает' },
    { name: 'a circumstance after an organisation', text: 'Министерство обороны в своем телеграм-канале сообщило, что сбиты 20 дронов.', speaker: 'Министерство обороны', cue: 'сообщило', content: 'что сбиты 20 дронов', who: 'Russian Ministry of Defence' },
    { name: 'a prepositional phrase inside the speaker, before the name, stays', text: 'Представитель России в ООН Василий Небензя заявил, что переговоров не будет.', speaker: 'Представитель России в ООН Василий Небензя', cue: 'заявил', content: 'что переговоров не будет' },
    { name: 'a capitalised place after "в" stays in the speaker', text: 'Посольство России в США заявило, что ответ последует.', speaker: 'Посольство России в США', cue: 'заявило', content: 'что ответ последует' },
    { name: 'headline dash right after Markdown bold marks', text: '**⚡️Центры принятия решений в Киеве могут стать целью **— Путин', speaker: 'Путин', cue: '—', content: 'Центры принятия решений в Киеве могут стать целью', who: 'Vladimir Putin' },
    { name: 'a circumstance with a place in it after the subject', text: 'Шольц в ходе предвыборной речи в Берлине призвал не играть в рулетку.', speaker: 'Шольц', cue: 'призвал', content: 'не играть в рулетку', who: 'Olaf Scholz' },
    { name: '"Кроме того, как сообщил": the comma keeps "как сообщил"', text: 'Кроме того, как сообщил губернатор Гладков, пострадавших нет.', speaker: 'губернатор Гладков', cue: 'сообщил', content: 'пострадавших нет', who: 'Vyacheslav Gladkov' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});

describe('no attribution where the corpus sample found a false one', () => {
  const cases: [string, string][] = [
    ['"так как считает" is "because he thinks"', 'Автор пометил эти функции звёздочкой, так как считает их наиболее полезными.'],
    ['a table of contents: timecode links and topics', '⏳ **Таймкоды:**\n\n[00:00](https://www.youtube.com/watch?v=abc&t=0s) — Введение\n[03:00](https://www.youtube.com/watch?v=abc&t=180s) — Потоки операционной системы\n[15:21](https://www.youtube.com/watch?v=abc&t=921s) — Масштабирование рантайма Go'],
    ['a glossary of "Term: definition" lines', '📌 Основные типы блокировок:\n\n🔷 Shared Lock: позволяет нескольким транзакциям одновременно читать ресурс\n🔷 Exclusive Lock: позволяет транзакции читать и изменять ресурс\n🔷 Schema Lock: используется для защиты структуры объектов базы данных'],
    ['a dash before a clause with a relative pronoun is no headline attribution', 'Сравнили два инструмента контейнеризации — Docker и Podman, который во многом его превосходит'],
    ['a dash before a clause with a finite verb is no headline attribution', 'Почему разработчики выбирают этот язык — Go имеет отличную стандартную библиотеку'],
    ['an article title with a colon: a lower-case word in the "speaker"', '**Лучшие практики Go: путь к чистому коду**'],
    ['an article title with a colon: a preposition in the "speaker"', 'Итераторы в Go: по мотивам предлагаемого расширения языка'],
    ['an article title with a colon: two scripts in the "speaker"', 'Покоряем Kubernetes: от базовых концепций к управлению контейнерами'],
    ['an article title with a colon: "vs"', 'Scrapy VS Crawlee: сравнение фреймворков для веб-скрапинга'],
  ];
  for (const [what, text] of cases) it(what, () => assert.deepEqual(claimsOf(text), []));
  it('a name-shaped outlet before a headline colon stays a speaker', () => {
    assert.deepEqual(claimsOf('New York Times: Байден разрешил удары по России'), ['New York Times | : | Байден разрешил удары по России']);
  });
  it('a digest of "Speaker: text" lines of listed actors keeps both claims', () => {
    assert.deepEqual(claimsOf('Песков: Кремль не получал предложений о перемирии\nЗахарова: Запад ведет войну против России'), [
      'Песков | : | Кремль не получал предложений о перемирии',
      'Захарова | : | Запад ведет войну против России',
    ]);
  });
});

describe('own voice of a Russian or Ukrainian channel: questions and source tails', () => {
  const cases: [string, string, string, string[]][] = [
    ['ru: "– источник 112" stays out of the content', '112', 'Шесть человек погибли во время пожара в хостеле в Подмосковье – источник 112.', ['(own) | - | Шесть человек погибли во время пожара в хостеле в Подмосковье']],
    ['uk: "— джерела видання" stays out of the content', 'Канал', 'Двоє людей загинули внаслідок обстрілу Херсона — джерела видання.', ['(own) | - | Двоє людей загинули внаслідок обстрілу Херсона']],
    ['ru: a question claims nothing', 'Канал', 'Сколько ракет выпустили по Харькову за сутки?', []],
    ['ru: the same as a statement is a claim', 'Канал', 'По Харькову за сутки выпустили 12 ракет.', ['(own) | - | По Харькову за сутки выпустили 12 ракет.']],
  ];
  for (const [what, author, text, want] of cases) it(what, () => assert.deepEqual(claimsOf(text, author), want));
});

describe('a heading that names a speaker, then a list of points: each point is the speaker\'s', () => {
  const cases: [string, string, string[]][] = [
    ['inverted heading, dash items', 'Центры принятия решений в Киеве могут стать целью, заявил Владимир Путин\n\n— Сегодня ночью РФ нанесла удар 90 ракетами и 100 беспилотниками.\n— Все западные ракеты имеют аналоги в российских вооруженных силах.', [
      'Владимир Путин | заявил | Центры принятия решений в Киеве могут стать целью',
      'Владимир Путин | — | Сегодня ночью РФ нанесла удар 90 ракетами и 100 беспилотниками',
      'Владимир Путин | — | Все западные ракеты имеют аналоги в российских вооруженных силах',
    ]],
    ['"Другие заявления Путина:" heading, bullet items', 'Другие заявления Путина:\n\n▪️ Россия будет отвечать на удары западным оружием;\n▪️ Российская ракета Х101 превышает европейские системы по дальности.', [
      'Путина | ▪ | Россия будет отвечать на удары западным оружием',
      'Путина | ▪ | Российская ракета Х101 превышает европейские системы по дальности',
    ]],
    // 🔹 is a surrogate pair: the cue is both of its code units, never half a character
    ['"Другие заявления Путина:" heading, 🔹 items', 'Другие заявления Путина:\n\n🔹 Россия будет отвечать на удары западным оружием;\n🔹 Российская ракета Х101 превышает европейские системы по дальности.', [
      'Путина | 🔹 | Россия будет отвечать на удары западным оружием',
      'Путина | 🔹 | Российская ракета Х101 превышает европейские системы по дальности',
    ]],
  ];
  for (const [what, text, want] of cases) it(what, () => assert.deepEqual(claimsOf(text, 'SHOT'), want));
  it('the list items take the name of the heading\'s speaker', () => {
    const a = analyze({ id: 't', text: 'Другие заявления Путина:\n\n▪️ Россия будет отвечать на удары западным оружием.' });
    assert.deepEqual(a.claims.map((c) => c.speaker?.name), ['Vladimir Putin']);
  });
  it('a digest with no speaker in its heading stays the channel\'s', () => {
    assert.ok(claimsOf('Главное к вечеру:\n\n— В Москве выпал снег.\n— Курс доллара вырос до 100 рублей.', 'SHOT').every((c) => !c.includes('| — |')));
  });
});
