/**
 * Speaker sides from how the text describes the speaker (lane side11, issue 9 item 6). Each row was
 * written by hand from what the phrase says, BEFORE the rules it tests: the constructions are
 *   A. national adjectives and country names of every country data/demonyms.tsv knows ("Estonian
 *      officials", "Yemen's interior ministry"), not only the few of data/countries.tsv;
 *   B. compounds of a side word: "X-installed/-appointed/-controlled" (a strong cue of X's side),
 *      "X-backed/-aligned/-allied" (a weak one: a patron is not the speaker), "pro-X" (X's side,
 *      unofficial), and the Russian and Ukrainian «про-»/«оккупационн-»/«назначенный Москвой» forms;
 *      "anti-X", "X-born", "X-made", "X-speaking", "X-based" say no side;
 *   C. a country word in a place phrase after the head ("the Ukrainian embassy in Warsaw",
 *      «посол России в Германии») names where the speaker sits, not whom it speaks for;
 *   D. offices and bodies of one side by their own names (prosecutor's offices by region, the
 *      Ukrainian emergency service, full Ukrainian brigade names);
 *   E. Telegram channels of a side's fighters and war bloggers by their known side (data/channel-sides.tsv),
 *      for the channel's own voice; private news channels (Baza, Труха) stay no side.
 * A row's expected value "!RU" means: any side but RU (including none).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sideOfPhrase } from '../../src/compare/speaker.js';

/** [speaker phrase, expected side (null: none; "!X": not X)]. */
const ROWS: [string, string | null][] = [
  // --- A. national adjectives and country names ---
  ['Estonian Prime Minister Kristen Michal', 'EE'],
  ['the Lithuanian foreign ministry', 'LT'],
  ['Slovak officials', 'SK'],
  ["Yemen's interior ministry", 'YE'],
  ['the Czech defence minister', 'CZ'],
  ['Danish military intelligence', 'DK'],
  ['Latvian border guards', 'LV'],
  ['the Jordanian foreign ministry', 'JO'],
  // must-not: continents and words of no country
  ['European diplomats', null],
  ['Western intelligence officials', null],
  // --- B. compounds ---
  ['Kremlin-appointed officials in Kherson', 'RU'],
  ['the Moscow-controlled administration', 'RU'],
  ['a Russia-installed official', 'RU'],
  ['the Kyiv-appointed governor', 'UA'],
  ['pro-Moscow bloggers', 'RU'],
  ['a pro-Russia war blogger', 'RU'],
  ['pro-Kyiv hackers', 'UA'],
  ['pro-Ukrainian partisans', 'UA'],
  ['the Ukraine-backed Russian Volunteer Corps', 'UA'],
  ['US-backed Syrian fighters', null],
  ['пророссийские блогеры', 'RU'],
  ['проукраинские хакеры', 'UA'],
  ['проросійські телеграм-канали', 'RU'],
  ['проукраїнські партизани', 'UA'],
  ['прокремлевский политолог', 'RU'],
  ['оккупационные власти Энергодара', 'RU'],
  ['представитель оккупационной администрации', 'RU'],
  ['окупаційна адміністрація Мелітополя', 'RU'],
  ['назначенный Москвой глава Запорожской области', 'RU'],
  ['призначений Росією очільник Херсонщини', 'RU'],
  // must-not: anti-, -born, -made, -speaking, -based
  ['anti-Kremlin activists', null],
  ['an anti-Russian protest group', null],
  ['a Russian-born businessman', null],
  ['a Ukrainian-made drone', null],
  ['Turkish-made drones', null],
  ['Russian-speaking residents', null],
  ['a Moscow-based analyst', null],
  ['антивоенные активисты', null],
  ['антиукраинские каналы', null],
  ['Міністерство з питань реінтеграції тимчасово окупованих територій', '!RU'],
  // --- C. a place phrase after the head ---
  ['the Ukrainian embassy in Warsaw', 'UA'],
  ["Russia's ambassador to Britain", 'RU'],
  ['the US embassy in Kyiv', 'US'],
  ['посольство России в США', 'RU'],
  ['посол Польщі в Україні', '!UA'],
  ["the ambassador to Moldova", null],
  ["посол в Україні", null],
  // must-not: "in" that names the speaker's own body keeps that body's side
  ["a source in Ukraine's military intelligence", 'UA'],
  ['officials in Kyiv', 'UA'],
  // --- D. offices and bodies by their own names ---
  ['Харківська обласна прокуратура', 'UA'],
  ['прокуратура Белгородской области', 'RU'],
  ['прокуратура Запорожской области', null],
  ['the Belgorod regional headquarters', 'RU'],
  ['Государственная служба по чрезвычайным ситуациям Украины', 'UA'],
  ['Государственная служба по чрезвычайным ситуациям', 'UA'],
  ['Державна служба з надзвичайних ситуацій', 'UA'],
  ['спасатели МЧС', 'RU'],
  ['речник 47-ї окремої механізованої бригади', 'UA'],
  ['командир 92-ї окремої механізованої бригади', 'UA'],
  ['Державне бюро розслідувань', 'UA'],
  ['ДБР', 'UA'],
];

test('side11: a speaker phrase gets the side its description gives (and no side where it gives none)', () => {
  const wrong: string[] = [];
  for (const [phrase, want] of ROWS) {
    const got = sideOfPhrase(phrase).side;
    const ok = want !== null && want.startsWith('!') ? got !== want.slice(1) : got === want;
    if (!ok) wrong.push(`${phrase}: want ${want}, got ${got}`);
  }
  assert.deepEqual(wrong, [], `${wrong.length} of ${ROWS.length} rows wrong:\n${wrong.join('\n')}`);
});

/**
 * E. A channel's own voice: the post's claims are the channel's, and a channel listed in
 * data/channel-sides.tsv gives them its side; an unlisted channel, or a listed name met as a word of
 * an attributed speaker phrase, gives none.
 */
test('side11: a Telegram channel writing in its own voice speaks with its listed side', async () => {
  const { analyze } = await import('../../src/analyze/index.js');
  const { speakerInfo } = await import('../../src/compare/speaker.js');
  const rows: [string, string, string | null][] = [
    // [channel, post text, side of its own-voice claims]
    ['Fighterbomber', 'Ночью над Азовским морем был потерян наш самолёт ДРЛО, экипаж погиб.', 'RU'],
    ['Старше Эдды', 'Противник вновь атаковал наши позиции у Работино, атака отбита, потери врага большие.', 'RU'],
    ['Оперативний ЗСУ', 'Окупанти вночі вдарили ракетами по Кривому Рогу, загинули троє людей.', 'UA'],
    // must-not: private news channels (the project's rule for media) and unlisted channels
    ['Baza', 'Ночью беспилотники ВСУ атаковали нефтебазу в Тамбовской области. Пострадавших нет, возник пожар.', null],
    ['Труха⚡️Україна', 'Росіяни вночі вдарили ракетами по Кривому Рогу, загинули троє людей.', null],
    ['Какой-то канал', 'Ночью беспилотники атаковали нефтебазу в Тамбовской области. Пострадавших нет.', null],
  ];
  for (const [channel, text, want] of rows) {
    const a = analyze({ id: channel, text, source: `telegram:${channel}`, published: '2024-09-02T07:00:00Z', author: channel, authorType: 'channel', ownVoice: true });
    const own = a.claims.filter((c) => c.speaker?.fromDocument);
    assert.ok(own.length > 0, `${channel}: no own-voice claim`);
    for (const c of own) assert.equal(speakerInfo(a, c).side, want, `${channel}: ${a.text.slice(c.content[0]!.start, c.content[0]!.end)}`);
  }
});

/**
 * An English governor named by the seat alone ("regional governor X", "Governor X"): the country of
 * the document's places, when they are all of Russia or all of Ukraine outside the regions both sides
 * claim, as for «губернатор» (src/compare/speaker.ts seatSide). Mixed or claimed places, or places of
 * another country, give none.
 */
test('side11: "regional governor X" takes the side of the places the report names', async () => {
  const { analyze } = await import('../../src/analyze/index.js');
  const { speakerInfo } = await import('../../src/compare/speaker.js');
  const rows: [string, string, string | null][] = [
    ['Drones set fire to a fuel depot near Lipetsk overnight, regional governor Pavel Sorokin said, adding that nobody was hurt.', 'Sorokin', 'RU'],
    ['Two people were wounded when a missile hit a warehouse in Khmelnytskyi, Governor Andriy Marchuk wrote on Telegram.', 'Marchuk', 'UA'],
    ['Shelling damaged a school in Tokmak and a bridge near Vasylivka, regional governor Petro Hnatiuk said.', 'Hnatiuk', null],
    ['A drone launched towards Kursk crashed near Sumy, the regional governor Oleh Lytvyn said.', 'Lytvyn', null],
    ['A storm cut power across Buffalo and Rochester, Governor Ann Miller said on Sunday.', 'Miller', null],
  ];
  for (const [text, name, want] of rows) {
    const a = analyze({ id: 't', text, published: '2024-10-03T08:00:00Z' });
    const c = a.claims.find((x) => (x.speaker?.text ?? '').includes(name));
    assert.ok(c, `${text}: no claim by ${name}`);
    assert.equal(speakerInfo(a, c).side, want, text);
  }
});
