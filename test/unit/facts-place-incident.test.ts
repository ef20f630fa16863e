/**
 * Lane place (issue 9, unseen incidents): where a claim is when its own sentence names no place or
 * names one that is not where the event happened. Every row is a short document written for this
 * test (retellings of public reporting or invented for the construction, in no gold file); the places
 * a claim must have and must not have were decided by reading the text before the rule was written:
 * - a place that is only the reference point of a direction ("crashed north of Moscow", «к северу от
 *   Москвы», «на південь від Харкова», "Klishchiivka, a village south of Bakhmut") is not where the
 *   claim is when the document names the place itself; alone, it still places the claim;
 * - a claim about a named person's death whose own words name only a country ("as often happens in
 *   Russia", «в России») is at the place where the document says that death happened: the sentence
 *   that names the same death with a place, else the incident's place in the document, when it lies
 *   in the country the claim names;
 * - traps: a document that reports a second incident elsewhere, a claim that names its own other
 *   place, a round-up whose other places are not the claim's, a claim of policy that names no death.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { checkClaimPlaces, claimRecords, type PlaceRow } from './fact-labels.js';

/** Checks the rows' claim places (test/unit/fact-labels.ts), the text published on 2023-08-24. */
const check = (rows: PlaceRow[]): void => checkClaimPlaces(rows, '2023-08-24T10:00:00Z');

test('place: the reference point of a direction is not where the claim is', () => {
  check([
    ['The wreckage was found near Yegoryevsk, in the Moscow region.\n\nThe cargo plane crashed south-east of Moscow on Tuesday, killing all five crew, the emergencies ministry said.', 'killing all five crew', ['Yegor’yevsk'], ['Moscow']],
    ['Обломки вертолёта нашли у города Лихославль Тверской области.\n\nВертолёт Ми-8 упал к северу от Москвы, все трое членов экипажа погибли, сообщили в МЧС.', 'все трое членов экипажа погибли', ['Likhoslavl’'], ['Moscow']],
    ['Уламки збитого дрона впали на склад у Лозовій.\n\nДрон летів на південь від Харкова, загинула одна людина, повідомив голова ОВА Олег Синєгубов.', 'загинула одна людина', ['Lozova'], ['Kharkiv']],
    // the place named beside its reference point stays, the reference point goes
    ['Ukrainian troops retook Klishchiivka, a village south of Bakhmut, the army said.', 'retook Klishchiivka', ['Klyshchiivka'], ['Bakhmut']],
    // the document's place: a village named with its region beats the city it lies near, named as a landmark once
    ['Missile hits holiday camp near Mykolaiv\n\nRescuers at a holiday camp in Koblevo, Mykolaiv region, on Tuesday. (Reuters/Stringer)\n\nA missile hit a holiday camp in a resort village on the coast east of Mykolaiv overnight, killing two, the governor said.\n\nRussia\'s defence ministry said its forces had struck a depot of foreign weapons.', 'killing two', ['Kobleve'], ['Mykolaiv']],
    ['Missile hits holiday camp near Mykolaiv\n\nRescuers at a holiday camp in Koblevo, Mykolaiv region, on Tuesday. (Reuters/Stringer)\n\nA missile hit a holiday camp in a resort village on the coast east of Mykolaiv overnight, killing two, the governor said.\n\nRussia\'s defence ministry said its forces had struck a depot of foreign weapons.', 'depot of foreign weapons', ['Kobleve'], ['Mykolaiv']],
    // ... but a city named more often than the village stays the document's place
    ['Drones hit Mykolaiv port\n\nDrones struck the port of Mykolaiv overnight, the mayor said. A warehouse in Kobleve was also damaged, officials said.\n\nThe mayor said Mykolaiv had no power in the morning.\n\nRussia\'s defence ministry said its forces had struck a depot of foreign weapons.', 'depot of foreign weapons', ['Mykolaiv'], ['Kobleve']],
    // alone, the reference point still says roughly where (no finer place anywhere)
    ['Russian forces shelled villages north of Kharkiv overnight, the governor said.', 'shelled villages', ['Kharkiv'], []],
  ]);
});

test('place: a claim about a named person\'s death takes the place where the document puts that death', () => {
  check([
    ['Rescuers recovered ten bodies from the wreckage near Bologoye, in the Tver region, on Thursday.\n\nA U.S. senator said Yevgeny Prigozhin had been killed on Putin\'s orders, as often happens in Russia.', 'killed on Putin', ['Bologoye'], ['Russia']],
    ['Обломки самолёта нашли под Бологое Тверской области.\n\nГибель Пригожина в России выгодна Кремлю, заявил британский депутат.', 'Гибель Пригожина', ['Bologoye'], ['Russia']],
    ['Літак із Пригожиним на борту розбився біля Бологого у Тверській області.\n\nВбивство Пригожина в Росії організував Путін, заявив Михайло Подоляк.', 'Вбивство Пригожина', ['Bologoye'], ['Russia']],
    // trap: a second incident elsewhere in the same document; the death's own sentence gives its place
    ['A business jet carrying Yevgeny Prigozhin crashed near Bologoye in the Tver region on Wednesday.\n\nIn a separate attack, a drone hit an oil depot in Bryansk.\n\nA U.S. senator said Prigozhin had been killed on Putin\'s orders, as often happens in Russia.', 'killed on Putin', ['Bologoye'], ['Bryansk', 'Russia']],
    // trap: the claim names its own other place
    ['A business jet carrying Yevgeny Prigozhin crashed near Bologoye in the Tver region on Wednesday.\n\nWagner fighters mourned Prigozhin\'s death at their camp near Asipovichy in Belarus, a commander said.', 'mourned Prigozhin', ['Asipovichy'], ['Bologoye']],
    // trap: a round-up; its towns are other incidents in another country, not the death's place
    ['Daily round-up, Aug 24.\n\nIn Kharkiv, a missile hit a warehouse, killing two, the governor said.\n\nIn Odesa, drones damaged a port building, officials said.\n\nA Ukrainian adviser said Prigozhin\'s death in Russia was Putin\'s revenge.', 'death in Russia', ['Russia'], ['Kharkiv', 'Odesa']],
  ]);
});

test('place: a claim of policy that names no death is not moved to the incident\'s place', () => {
  check([
    ['A business jet carrying Yevgeny Prigozhin crashed near Bologoye in the Tver region on Wednesday.\n\nA U.S. senator said sanctions on Russia would stay in place until the war ended, as in Russia nothing changes.', 'sanctions on Russia', [], ['Bologoye']],
  ]);
});

/** The place names of the responsibility disputes compare finds in these documents ([id, text, published]). */
function disputePlaces(docs: [string, string, string][]): (string | null)[] {
  const recs = docs.flatMap(([id, text, day]) => claimRecords(id, text, day));
  return compareClaims(recs).disputes.filter((d) => d.kind === 'responsibility').map((d) => d.topic.placeName);
}

const PODOLYAK = 'Загибель Пригожина — це демонстративна розправа, яку влаштував Путін, написав радник керівника Офісу Президента Михайло Подоляк.';
const PESKOV = 'Пресс-секретарь президента Дмитрий Песков назвал абсолютной ложью появившиеся на Западе утверждения, будто Кремль причастен к гибели Евгения Пригожина.';

test('place: an accusation and a denial of a named death that name no place meet at the place other reports give that death', () => {
  // the wire report of the crash places the death; neither the accusation nor the denial names a place
  assert.deepEqual(disputePlaces([
    ['wire', 'A business jet carrying Yevgeny Prigozhin crashed near Bologoye in the Tver region on Wednesday, killing all ten aboard, the emergencies ministry said.', '2023-08-23T18:00:00Z'],
    ['ua', PODOLYAK, '2023-08-24T09:00:00Z'],
    ['ru', PESKOV, '2023-08-25T10:00:00Z'],
  ]), ['Bologoye']);
  // no report places the death: the dispute stays unplaced (a mutiny in Rostov two months before names no death)
  assert.deepEqual(disputePlaces([
    ['wire', 'Prigozhin\'s fighters took over the army headquarters in Rostov-on-Don, the Wagner chief said in a video.', '2023-06-24T10:00:00Z'],
    ['ua', PODOLYAK, '2023-08-24T09:00:00Z'],
    ['ru', PESKOV, '2023-08-25T10:00:00Z'],
  ]), [null]);
  // another death reported in the window elsewhere is not this one's place
  assert.deepEqual(disputePlaces([
    ['wire', 'Two people were killed when a drone hit an oil depot in Bryansk, the governor said.', '2023-08-24T07:00:00Z'],
    ['ua', PODOLYAK, '2023-08-24T09:00:00Z'],
    ['ru', PESKOV, '2023-08-25T10:00:00Z'],
  ]), [null]);
});
