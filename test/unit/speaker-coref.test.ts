/**
 * The speaker a reader would name (lane speaker): pronouns and role nouns resolve to the most recent
 * compatible named speaker, preferring subjects; a description with its own name or modifiers is a
 * new body, not the last one named; a short name is the full name given earlier. Texts written for
 * these tests (invented or re-cast events, other people and bodies than the bench's); the expected
 * speakers were written by hand from reading the texts before the rules were changed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

const PUB = '2024-06-12T09:00:00Z';

/** The speaker name of the claim whose content contains `words` (undefined: no such claim). */
function speakerOf(text: string, words: string): string | null | undefined {
  const a = analyze({ id: 't', text, published: PUB });
  const c = a.claims.find((x) => x.content.map((f) => f.text).join(' ').includes(words));
  return c ? c.speaker?.name ?? null : undefined;
}

describe('English: pronouns and descriptions point at the compatible body or person', () => {
  const rows: [string, string, string, string | null][] = [
    // [what, text, words of the content, expected speaker name (null: a body with no name)]
    ['"the Moldovan foreign ministry" is not the Polish defence ministry named before',
      "Poland's defence ministry said on Monday two drones had crashed near Lublin.\n\n\"Belarus has nothing to do with these drones,\" the Moldovan foreign ministry said in a statement.",
      'nothing to do with these drones', null],
    ['"It said" after a sentence whose subject is a body, not the brigade named earlier',
      "The 47th Mechanised Brigade said it had held the village.\n\nRussia's defence ministry gave a different account. It said its forces had repelled four attacks near the village.",
      'had repelled four attacks', "Russia's defence ministry"],
    ['"it said" closing a quotation after a sentence whose subject is "The interior ministry"',
      'LONDON, March 3 (Reuters) - Militia leader Ramzan Dadayev accused the army of abandoning his men near Marinka.\n\nThe interior ministry replied the same evening. Reports of abandoned units were "pure invention", it said.',
      'pure invention', 'interior ministry'],
    ['a one-word company name is the full name given in the paragraph before',
      'KYIV, June 12 (Reuters) - Satellite images released by the U.S. company Planet Labs show a burnt-out hangar at the Saky air base.\n\nThe images, taken on Tuesday, show two Su-24 bombers destroyed, Planet said.',
      'two Su-24 bombers destroyed', 'Planet Labs'],
    ['"who" of a description before the name takes the name in apposition',
      'A former banker who became finance minister in March, Olga Petrenko, said the budget would cover the army\'s pay until December.',
      "the budget would cover", 'Olga Petrenko'],
    // lane speak8: "it said" after a sentence whose claim a body spoke (", the X said,"), not the dateline's agency
    ['", it said" after a sentence whose speaker is a body given after its claim, not the agency of the dateline',
      "CHISINAU, Moldova (AP) — Two drones crashed in a field near the border overnight, Moldova's defence ministry said, the third such incident this month. Soldiers found the wreckage of one of them, it said.",
      'Soldiers found the wreckage', "Moldova's defence ministry"],
    ['", it said" after ", the regional police said,": the police (a body with no name), not AP of the dateline',
      'CHISINAU, Moldova (AP) — Two drones crashed in a field near the border overnight, the regional police said, the third such incident this month. Soldiers found the wreckage of one of them, it said.',
      'Soldiers found the wreckage', null],
  ];
  for (const [what, text, words, want] of rows) test(what, () => assert.equal(speakerOf(text, words), want));
});

describe('Russian and Ukrainian: role nouns, short names and pronouns point at the speaker named before', () => {
  const rows: [string, string, string, string | null][] = [
    ['uk: "…, запевнив він" after a sentence naming the head of a town by title and name',
      'Міський голова Петро Коваленко провів нараду з керівниками комунальних служб. Усі лікарні міста мають резервне живлення, запевнив він.',
      'резервне живлення', 'Петро Коваленко'],
    ['uk: "…, наголошують у Генштабі" after the full name in the sentence before',
      'Про це йдеться у вечірньому зведенні Генерального штабу ЗСУ. Оборона Часового Яру триває, наголошують у Генштабі.',
      'Оборона Часового Яру триває', 'General Staff of the Armed Forces of Ukraine'],
    ['ru: "По словам президента" after "— сказал X": the president is X',
      'Переговоры будут продолжены в следующем месяце, — сказал Касым-Жомарт Токаев журналистам. По словам президента, стороны договорились о новых поставках зерна.',
      'стороны договорились', 'Касым-Жомарт Токаев'],
    ['ru: ", подчеркнул глава МИД" after the minister named with his post',
      'Министр иностранных дел Белоруссии Максим Рыженков назвал учения провокацией. Такие манёвры у границы недопустимы, подчеркнул глава МИД.',
      'манёвры у границы недопустимы', 'Максим Рыженков'],
    ['uk: "Як зазначили в Службі" after the body named by its abbreviation',
      'У Запоріжжі після обстрілу рятувальники загасили пожежу на складі, повідомили в ДСНС. Як зазначили в Службі, постраждалих немає.',
      'постраждалих немає', 'State Emergency Service of Ukraine'],
    ['uk: "— додало джерело" after an unnamed source named with its phrase',
      'Удар по нафтобазі в Брянській області — операція Сил оборони, стверджує джерело в СБУ. «Ми продовжимо бити по паливу окупантів», — додало джерело.',
      'Ми продовжимо бити', 'джерело в СБУ'],
    ['uk: "— додало джерело" after "Співрозмовник" and "за словами джерела" referred back to it',
      'Пожежа на аеродромі в Криму — результат роботи ГУР, стверджує джерело в розвідці. Співрозмовник уточнив, що уражено два літаки. «Це не остання така операція», — додало джерело.',
      'Це не остання така операція', 'джерело в розвідці'],
    ['uk: "Про це повідомила речниця МЗС України X" names the spokeswoman, not the ministry',
      'Уламки дрона впали на території Молдови поблизу кордону. Про це повідомила речниця МЗС України Ірина Мельник.',
      'Уламки дрона впали', 'Ірина Мельник'],
    ['uk: ", заявив він," inside the sentence: the words after it are his too',
      'Голова громади Петро Мельничук провів нараду з волонтерами. Евакуація прикордонних сіл, заявив він, триватиме до кінця тижня.',
      'триватиме до кінця тижня', 'Петро Мельничук'],
    ['ru: ", сказал губернатор," inside the sentence after the governor was named',
      'Губернатор Белгородской области Вячеслав Гладков провёл совещание. Подача электричества, сказал губернатор, будет восстановлена к утру.',
      'будет восстановлена к утру', 'Vyacheslav Gladkov'],
    // lane speak8: "глава держави" / "глава государства" (the head of state) in any case is the president named before
    ['uk: "За словами глави держави" two sentences after the president named with his title',
      'Президент Фінляндії Александр Стубб прибув до Києва з неоголошеним візитом. Він зустрівся з військовими у шпиталі. За словами глави держави, Фінляндія передасть Україні ще дві системи ППО.',
      'Фінляндія передасть Україні', 'Alexander Stubb'],
    ['ru: "По словам главы государства" after the president named two sentences before',
      'Президент Белоруссии Александр Лукашенко провёл совещание по уборке урожая. Он осмотрел новую технику. По словам главы государства, все хозяйства получат топливо до конца месяца.',
      'все хозяйства получат топливо', 'Alexander Lukashenko'],
  ];
  for (const [what, text, words, want] of rows) test(what, () => assert.equal(speakerOf(text, words), want));
  test('ru: an adverbial participle after ", заявил X," is no part of what he said', () => {
    const a = analyze({ id: 't', text: 'Переговоры зашли в тупик, заявил министр иностранных дел Венгрии Петер Сийярто, выступая на форуме в Будапеште.', published: PUB });
    assert.deepEqual(a.claims.map((c) => c.content.map((f) => f.text)), [['Переговоры зашли в тупик']]);
  });
});
