/**
 * Table tests for attribution constructions generalised on branch ruattr2: back-references
 * («Так X відреагував / оцінив …») with every speech, reaction and evaluation verb and a role phrase
 * before the name; an outlet in the dative as the addressee, not the speaker («Про це Суспільному
 * сказав X», «как рассказал РИА Новости X», "X told Reuters"); unnamed sources («джерело в СБУ»,
 * «источник в …», "a source in …") with their institution; the platform after "wrote on Telegram" is
 * never the speaker; «стало известно X»; «со ссылкой на X». Texts written for these tests in the
 * style of the channels' posts; expected values worked out by hand before the rules were run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { checkClaimRow, type ClaimRow } from './claim-rows.js';

type Row = ClaimRow;

function claimsOf(text: string): string[] {
  return analyze({ id: 't', text }).claims.map((c) => `${c.speaker?.text ?? '-'} = ${c.speaker?.name ?? '-'} | ${c.cue?.text ?? '-'} | ${c.content.map((f) => f.text).join(' … ')} (${c.why.rule})`);
}

describe('attribution constructions, generalised (ruattr2)', () => {
  const rows: Row[] = [
    { name: '«Так <role> X відреагував на …» takes the sentence before', text: 'Удар по енергетиці — це спроба залякати українців перед зимою. Так радник керівника Офісу президента Михайло Подоляк відреагував на нічну атаку.', speaker: 'радник керівника Офісу президента Михайло Подоляк', cue: 'відреагував', content: 'Удар по енергетиці — це спроба залякати українців перед зимою', who: 'Mykhailo Podolyak' },
    { name: '«Так X оцінив …»', text: 'Ворог втратив за добу понад 40 одиниць техніки. Так командувач Сухопутних військ Михайло Драпатий оцінив ситуацію.', speaker: 'командувач Сухопутних військ Михайло Драпатий', cue: 'оцінив', content: 'Ворог втратив за добу понад 40 одиниць техніки' },
    { name: '«Так … охарактеризував X»: an object between «Так» and the cue', text: 'Противник змінив тактику і штурмує малими групами. Так ситуацію на напрямку охарактеризував речник угруповання Віктор Трегубов.', speaker: 'речник угруповання Віктор Трегубов', cue: 'охарактеризував', content: 'Противник змінив тактику і штурмує малими групами' },
    { name: '«Так X отреагировал на …» (Russian)', text: 'Это очередная провокация Киева. Так официальный представитель МИД России Мария Захарова отреагировала на заявление Зеленского.', speaker: 'официальный представитель МИД России Мария Захарова', cue: 'отреагировала', content: 'Это очередная провокация Киева' },
    { name: '«Так резюмировал X»', text: 'Все цели удара достигнуты. Так резюмировал итоги брифинга генерал-майор Игорь Конашенков.', speaker: 'генерал-майор Игорь Конашенков', cue: 'резюмировал', content: 'Все цели удара достигнуты' },
    { name: '«Про це Суспільному сказав X»: the outlet is told, X speaks', text: 'Місто під контролем Сил оборони. Про це Суспільному сказав речник ОСУВ «Хортиця» Назар Волошин.', speaker: 'речник ОСУВ «Хортиця» Назар Волошин', cue: 'сказав', content: 'Місто під контролем Сил оборони' },
    { name: '«Про це «Українській правді» розповів X»', text: 'Окупанти готуються до нового штурму. Про це «Українській правді» розповів офіцер 110-ї бригади.', speaker: 'офіцер 110-ї бригади', cue: 'розповів', content: 'Окупанти готуються до нового штурму' },
    { name: '«Як розповів РБК-Україна X, …»', text: 'Як розповів РБК-Україна речник Повітряних сил Юрій Ігнат, росіяни частіше запускають дрони-імітатори.', speaker: 'речник Повітряних сил Юрій Ігнат', cue: 'розповів', content: 'росіяни частіше запускають дрони-імітатори' },
    { name: '«как рассказал РИА Новости X, …»', text: 'Как рассказал РИА Новости глава ДНР Денис Пушилин, бои идут на окраинах Курахова.', speaker: 'глава ДНР Денис Пушилин', cue: 'рассказал', content: 'бои идут на окраинах Курахова' },
    { name: '«…, сообщил ТАСС X»', text: 'Концерт отменен, сообщил ТАСС президент компании Евгений Финкельштейн.', speaker: 'президент компании Евгений Финкельштейн', cue: 'сообщил', content: 'Концерт отменен' },
    { name: '«Как заявил SHOT депутат, …»: a Latin outlet name as addressee', text: 'Как заявил SHOT депутат, он надеется на примирение.', speaker: 'депутат', cue: 'заявил', content: 'он надеется на примирение' },
    { name: '«джерело в СБУ»: an unnamed source with its institution', text: 'Уночі дрони уразили нафтобазу в Брянській області. Про це повідомило джерело в СБУ.', speaker: 'джерело в СБУ', cue: 'повідомило', content: 'Уночі дрони уразили нафтобазу в Брянській області' },
    { name: '«Суспільному повідомило джерело у силових структурах»', text: 'Вибухи в Курську — результат роботи ГУР. Про це Суспільному повідомило джерело у силових структурах.', speaker: 'джерело у силових структурах', cue: 'повідомило', content: 'Вибухи в Курську — результат роботи ГУР' },
    { name: '«За словами співрозмовника» refers back to the source', text: 'Про удар повідомило джерело в СБУ. За словами співрозмовника, зафіксовано чотири влучання.', speaker: 'співрозмовника', cue: 'За словами', content: 'зафіксовано чотири влучання', who: 'джерело в СБУ' },
    { name: '«подтвердили порталу "ДАН" источники в правительстве …»', text: 'Черногория может ввести визы для граждан России, подтвердили порталу "ДАН" источники в правительстве Черногории.', speaker: 'источники в правительстве Черногории', cue: 'подтвердили', content: 'Черногория может ввести визы для граждан России' },
    { name: '«Как стало известно Mash, …»: the outlet learned it', text: 'Как стало известно Mash, инженер раньше был учредителем авиакомпании.', speaker: 'Mash', cue: 'стало известно', content: 'инженер раньше был учредителем авиакомпании' },
    { name: '«…, сообщает X со ссылкой на Y»: the original source', text: 'Трамп стал избранным президентом США, сообщает Reuters со ссылкой на спикера Палаты представителей Джонсона.', speaker: 'спикера Палаты представителей Джонсона', cue: 'со ссылкой на', content: 'Трамп стал избранным президентом США' },
    { name: '«…, написав у Telegram X»: the platform is no speaker', text: 'Сили оборони збили 50 із 73 дронів, написав у Telegram командувач Повітряних сил Микола Олещук.', speaker: 'командувач Повітряних сил Микола Олещук', cue: 'написав', content: 'Сили оборони збили 50 із 73 дронів' },
    { name: 'English: "X told Reuters"', text: 'The bridge was hit twice overnight, regional governor Oleh Syniehubov told Reuters.', speaker: 'regional governor Oleh Syniehubov', cue: 'told', content: 'The bridge was hit twice overnight' },
    { name: 'English: "a source in the SBU"', text: 'The drones struck an oil depot in Bryansk, a source in the SBU said.', speaker: 'a source in the SBU', cue: 'said', content: 'The drones struck an oil depot in Bryansk' },
    { name: 'English: "X claimed on Telegram": the platform is no speaker', text: 'Russian forces had captured the village, Denis Pushilin claimed on Telegram.', speaker: 'Denis Pushilin', cue: 'claimed', content: 'Russian forces had captured the village' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});

describe('no speaker from a platform, an addressee or a bare «співрозмовник»', () => {
  const cases: [string, string, RegExp][] = [
    ['«написал в Telegram» never makes Telegram the speaker', 'Потерь нет, написал в Telegram глава региона.', /^Telegram/],
    ['«Суспільному» is no speaker', 'Про це Суспільному сказав речник.', /^Суспільному/],
    ['"told Reuters": Reuters is no speaker', 'Kyiv will not negotiate, an official told Reuters.', /^Reuters/],
    ['«Так, …» with a comma is no back-reference', 'Ситуація складна. Так, ворог атакує, зазначив речник.', /ruuk-so-ref/],
  ];
  for (const [what, text, bad] of cases) it(what, () => assert.ok(claimsOf(text).every((c) => !bad.test(c)), JSON.stringify(claimsOf(text))));
});

describe('the speaker that cites a source ends before «з посиланням на»', () => {
  it('«…, пише Reuters з посиланням на джерело …» (Ukrainian; «со ссылкой» was a stop, «з посиланням» was not)', () => {
    const text = 'Уночі пролунали вибухи, пише Reuters з посиланням на джерело в українській розвідці.';
    const cs = analyze({ id: 't', text }).claims;
    assert.equal(cs.find((c) => c.cue?.text === 'пише')?.speaker?.text, 'Reuters', JSON.stringify(claimsOf(text)));
    assert.equal(cs.find((c) => c.cue?.text === 'з посиланням на')?.speaker?.text, 'джерело в українській розвідці', JSON.stringify(claimsOf(text)));
  });
});
