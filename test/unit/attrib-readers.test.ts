/**
 * Speakers a reader would agree with (issue 9 item 5, lane attrib): nominal claims and whose they
 * are ("Russian claims that", "X's denial that", "despite X's assertion that", "rejecting X's claims
 * that"), pronoun subjects, descriptions named later, "according to X" at the end of a sentence,
 * headline speakers, a quotation introduced by a colon at the end of the paragraph before; and the
 * Russian and Ukrainian equivalents («заявления X о том, что», «по утверждению X», «вопреки
 * заявлениям X», «опровергая заявления X о том, что», «на думку X»).
 *
 * The texts were written for this test in the style of wire copy and of the channels' posts (the
 * people are real office holders, their statements here are invented), except four that come from or
 * close to the dev split (review of lane attrib, finding 7): the Shtupun rows paraphrase
 * bench/gold/facts/en/dev.jsonl, the Kirby and Aliyev rows are near-copies of dev sentences, and the
 * Zelenskiy nuclear-terror row is a dev article's sentence (bench/gold/disputes/dev). Each of them has a
 * freshly written variant in 'fresh variants of rows taken from the dev split' below. Each expected
 * speaker, cue and content was worked out by hand from the text before the rules were changed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';

/** One expected claim: the text, its cue as written, its speaker phrase, its content, and optionally the name the speaker resolves to. */
interface Row { text: string; cue: string; speaker: string; content: string; who?: string }

const PUB = '2024-08-12T09:00:00Z';

function claimsOf(text: string): string[] {
  return analyze({ id: 't', text, published: PUB }).claims.map((c) => `${c.speaker?.text ?? '-'} = ${c.speaker?.name ?? '-'} | ${c.cue?.text ?? '-'} | ${c.content.map((f) => f.text).join(' … ')} (${c.why.rule})`);
}

/** Checks one row: a claim with the row's cue (the one with the row's content when several), its speaker, content, spans and name. */
function check(r: Row): void {
  const a = analyze({ id: 't', text: r.text, published: PUB });
  const withCue = a.claims.filter((x) => x.cue?.text === r.cue);
  const c = withCue.find((x) => x.content.map((f) => f.text).join(' … ') === r.content) ?? withCue.find((x) => x.speaker?.text === r.speaker) ?? withCue[0];
  assert.ok(c, `no claim with cue '${r.cue}' in ${JSON.stringify(claimsOf(r.text))}`);
  const why = JSON.stringify(claimsOf(r.text));
  assert.equal(c.speaker?.text ?? null, r.speaker, why);
  assert.equal(c.content.map((f) => f.text).join(' … '), r.content, why);
  for (const f of [c.speaker, c.cue, ...c.content]) if (f) assert.equal(r.text.slice(f.start, f.end), f.text);
  if (r.who !== undefined) assert.equal(c.speaker?.name ?? null, r.who, why);
}

function table(rows: Row[]): void {
  for (const r of rows) it(`${r.cue} → ${r.speaker}: ${r.text.slice(0, 90).replace(/\n/g, ' / ')}`, () => check(r));
}

// A nominal claim that is the object of another cue ("rejecting Russian claims that X"): the outer
// speaker rejects "Russian claims"; X is the owner's alone (bench/gold/facts seed-en-3 wants X to be
// Russia's and no one else's), so the outer content ends with the nominal cue.
describe('nominal claims: the noun phrase\'s owner is the speaker', () => {
  const shtupun = 'Ukrainian forces were still fighting inside Vovchansk, military spokesman Oleksandr Shtupun said on Friday, rejecting Russian claims that the town had been fully captured.';
  const razv = 'Ukraine hit a Russian ship near Sevastopol, Russian-installed governor Mikhail Razvozhayev said, rejecting Ukrainian claims that the ship had sunk.';
  table([
    // a national adjective owns the claim ("Russian claims" are Russia's)
    { text: shtupun, cue: 'claims', speaker: 'Russian', content: 'that the town had been fully captured', who: 'Russia' },
    { text: shtupun, cue: 'rejecting', speaker: 'military spokesman Oleksandr Shtupun', content: 'Russian claims', who: 'Oleksandr Shtupun' },
    { text: shtupun, cue: 'said', speaker: 'military spokesman Oleksandr Shtupun', content: 'Ukrainian forces were still fighting inside Vovchansk' },
    { text: razv, cue: 'claims', speaker: 'Ukrainian', content: 'that the ship had sunk', who: 'Ukraine' },
    { text: razv, cue: 'rejecting', speaker: 'Russian-installed governor Mikhail Razvozhayev', content: 'Ukrainian claims' },
    { text: "Ukraine's General Staff denied Russian claims that its forces had withdrawn from Krynky.", cue: 'claims', speaker: 'Russian', content: 'that its forces had withdrawn from Krynky', who: 'Russia' },
    { text: "Ukraine's General Staff denied Russian claims that its forces had withdrawn from Krynky.", cue: 'denied', speaker: "Ukraine's General Staff", content: 'Russian claims' },
    { text: 'Moscow said its troops had taken Marinka, despite Ukrainian assertions that fighting continued in the town.', cue: 'assertions', speaker: 'Ukrainian', content: 'that fighting continued in the town', who: 'Ukraine' },
    { text: 'Moscow said its troops had taken Marinka, despite Ukrainian assertions that fighting continued in the town.', cue: 'said', speaker: 'Moscow', content: 'its troops had taken Marinka' },
    { text: 'The mayor said the city was calm, dismissing Russian allegations that the port was being used to ship weapons.', cue: 'allegations', speaker: 'Russian', content: 'that the port was being used to ship weapons', who: 'Russia' },
    { text: 'The bridge was still standing on Monday, despite Russian reports that it had been destroyed by a missile strike.', cue: 'reports', speaker: 'Russian', content: 'that it had been destroyed by a missile strike', who: 'Russia' },
    { text: 'Kyiv dismissed Russian accusations that Ukrainian saboteurs had blown up the pipeline.', cue: 'accusations', speaker: 'Russian', content: 'that Ukrainian saboteurs had blown up the pipeline', who: 'Russia' },
    { text: 'Belarusian claims that Ukrainian drones had crossed the border could not be verified.', cue: 'claims', speaker: 'Belarusian', content: 'that Ukrainian drones had crossed the border', who: 'Belarus' },
    // a possessive owner
    { text: "The governor rejected Moscow's claims that the plant had been hit by Ukrainian drones.", cue: 'claims', speaker: 'Moscow', content: 'that the plant had been hit by Ukrainian drones', who: 'Moscow' },
    { text: "The governor rejected Moscow's claims that the plant had been hit by Ukrainian drones.", cue: 'rejected', speaker: 'The governor', content: "Moscow's claims" },
    { text: "Kyiv dismissed the Kremlin's assertion that its troops had crossed the river.", cue: 'assertion', speaker: 'the Kremlin', content: 'that its troops had crossed the river' },
    { text: "Zelensky rejected the Kremlin's accusations that Ukraine had attacked the Kursk nuclear plant.", cue: 'accusations', speaker: 'the Kremlin', content: 'that Ukraine had attacked the Kursk nuclear plant' },
    { text: "The United Nations rejected Russia's claim that the convoy had carried weapons.", cue: 'claim', speaker: 'Russia', content: 'that the convoy had carried weapons', who: 'Russia' },
    { text: "Residents returned to the village despite the ministry's statement that the area was still mined.", cue: 'statement', speaker: 'the ministry', content: 'that the area was still mined' },
    { text: "The army's accusations that Ukrainian saboteurs blew up the dam were dismissed as propaganda.", cue: 'accusations', speaker: 'The army', content: 'that Ukrainian saboteurs blew up the dam' },
    { text: "The president's warning that the front could collapse was echoed by his commanders.", cue: 'warning', speaker: 'The president', content: 'that the front could collapse' },
    // the that-clause of a subject nominal ends before the sentence's main verb, whatever its form
    { text: "Peskov's denial that Moscow was preparing a new offensive came a day after the report.", cue: 'denial', speaker: 'Peskov', content: 'that Moscow was preparing a new offensive', who: 'Peskov' },
    { text: "The ministry's claim that all the drones were shot down contradicts the governor's account.", cue: 'claim', speaker: 'The ministry', content: 'that all the drones were shot down' },
    { text: "Zelensky's assertion that the front was stable surprised many analysts.", cue: 'assertion', speaker: 'Zelensky', content: 'that the front was stable' },
    // a fronted "despite X's assertion that ...," ends at its comma
    { text: "Despite Russia's assertion that the strike hit only military targets, three civilians were killed.", cue: 'assertion', speaker: 'Russia', content: 'that the strike hit only military targets', who: 'Russia' },
    { text: "Despite the Kremlin's denial that it was involved, the drones were launched from Russian territory, Ukrainian officials said.", cue: 'denial', speaker: 'the Kremlin', content: 'that it was involved' },
    { text: "Despite claims by Moscow that the offensive was going to plan, Russian troops withdrew from the village.", cue: 'claims', speaker: 'Moscow', content: 'that the offensive was going to plan' },
    // "claims by X that", "allegations by X that"
    { text: 'The defence ministry denied reports by Russian bloggers that the bridge had been destroyed.', cue: 'reports', speaker: 'Russian bloggers', content: 'that the bridge had been destroyed' },
    { text: 'Allegations by Kyiv that Russian troops used chemical weapons have not been verified.', cue: 'Allegations', speaker: 'Kyiv', content: 'that Russian troops used chemical weapons', who: 'Kyiv' },
    { text: 'The Pentagon dismissed claims by the Russian defence ministry that American satellites had guided the strike.', cue: 'claims', speaker: 'the Russian defence ministry', content: 'that American satellites had guided the strike' },
    { text: 'The Ukrainian air force said it shot down 23 of 30 drones, contradicting the Russian defence ministry\'s statement that all the drones had hit their targets.', cue: 'statement', speaker: 'the Russian defence ministry', content: 'that all the drones had hit their targets' },
  ]);
});

describe('pronoun subjects take the previous sentence\'s subject', () => {
  table([
    { text: 'After talks with Joe Biden in Washington, Zelensky flew to Ottawa. He said Ukraine would win.', cue: 'said', speaker: 'He', content: 'Ukraine would win', who: 'Zelensky' },
    { text: 'Following a call with Olaf Scholz, Emmanuel Macron spoke to reporters in Paris. He said Europe would keep supporting Kyiv.', cue: 'said', speaker: 'He', content: 'Europe would keep supporting Kyiv', who: 'Emmanuel Macron' },
    { text: "Ukraine's Foreign Minister Dmytro Kuleba spoke to Antony Blinken by phone on Monday. He said they discussed air defence.", cue: 'said', speaker: 'He', content: 'they discussed air defence', who: 'Dmytro Kuleba' },
    { text: 'Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing. He said the two countries opposed sanctions.', cue: 'said', speaker: 'He', content: 'the two countries opposed sanctions', who: 'Sergei Lavrov' },
    { text: 'Emmanuel Macron called Vladimir Putin on Friday. He urged the Russian leader to allow inspectors into the plant.', cue: 'urged', speaker: 'He', content: 'the Russian leader to allow inspectors into the plant', who: 'Emmanuel Macron' },
    { text: 'Prigozhin accused Defence Minister Sergei Shoigu of starving his men of ammunition. He said his fighters would leave Bakhmut.', cue: 'said', speaker: 'He', content: 'his fighters would leave Bakhmut', who: 'Prigozhin' },
    { text: 'Regional governor Oleh Syniehubov visited the damaged hospital with the mayor. He said four patients had been evacuated.', cue: 'said', speaker: 'He', content: 'four patients had been evacuated', who: 'Oleh Syniehubov' },
    { text: 'In Kyiv on Tuesday, Rustem Umerov met Lloyd Austin. He said the new package included artillery shells.', cue: 'said', speaker: 'He', content: 'the new package included artillery shells', who: 'Rustem Umerov' },
    // a name inside the quotation is not who "he" is
    { text: 'White House spokesman John Kirby said the United States had nothing to do with it. "Peskov is just lying," he said.', cue: 'said', speaker: 'he', content: '"Peskov is just lying,"', who: 'John Kirby' },
    { text: 'Governor Oleh Syniehubov said the strike hit a school. "Putin wants to destroy Kharkiv," he said.', cue: 'said', speaker: 'he', content: '"Putin wants to destroy Kharkiv,"', who: 'Oleh Syniehubov' },
  ]);
});

describe('a description before the name links forward to the person named', () => {
  table([
    { text: "The Kremlin's chief spokesman told reporters the talks were frozen. Dmitry Peskov, the Kremlin's chief spokesman, also said Moscow was open to contacts.", cue: 'told', speaker: "The Kremlin's chief spokesman", content: 'the talks were frozen', who: 'Dmitry Peskov' },
    { text: "Kharkiv's mayor has warned that the city may lose power for days. Ihor Terekhov, the city's mayor, said repairs would take at least a week.", cue: 'has warned', speaker: "Kharkiv's mayor", content: 'that the city may lose power for days', who: 'Ihor Terekhov' },
    { text: "Russia's top general said on Friday that the offensive was going well. Valery Gerasimov, the chief of the general staff, spoke at a briefing in Moscow.", cue: 'said', speaker: "Russia's top general", content: 'that the offensive was going well', who: 'Valery Gerasimov' },
    { text: 'A senior Ukrainian commander said the situation near Avdiivka was extremely difficult. Brigadier General Oleksandr Tarnavskyi, who commands the Tavria group of forces, said troops were being rotated.', cue: 'said', speaker: 'A senior Ukrainian commander', content: 'the situation near Avdiivka was extremely difficult', who: 'Oleksandr Tarnavskyi' },
    { text: "The president's close ally has urged lawmakers to back the aid package. The vote is due on Friday. \"We cannot wait,\" Mike Johnson, a close ally of the president, said.", cue: 'has urged', speaker: "The president's close ally", content: 'lawmakers to back the aid package', who: 'Mike Johnson' },
  ]);
});

describe('a definite description after the name refers back to the person in that role', () => {
  table([
    { text: 'Volodymyr Zelenskiy has accused Russia of nuclear terror after two days of shelling at the power plant.\n\nIn his nightly address, the Ukrainian president said Russia was shelling the plant while its own troops occupied it.\n\nThe foreign minister, Dmytro Kuleba, wrote that Russia was committing nuclear terrorism.', cue: 'said', speaker: 'the Ukrainian president', content: 'Russia was shelling the plant while its own troops occupied it', who: 'Volodymyr Zelenskiy' },
  ]);
  table([
    // another name of the office (data/role-synonyms.tsv)
    { text: 'President Ilham Aliyev said the plane had been damaged over Russian territory. In an interview with Azerbaijani television, the head of state said that Russia must admit its guilt.', cue: 'said', speaker: 'the head of state', content: 'that Russia must admit its guilt', who: 'Ilham Aliyev' },
    { text: 'Prime Minister Denys Shmyhal visited Kharkiv on Monday. The head of government said the grid would be repaired.', cue: 'said', speaker: 'The head of government', content: 'the grid would be repaired', who: 'Denys Shmyhal' },
  ]);
  it('a description whose modifiers do not fit the person named before is not that person', () => {
    const text = 'Zelensky met Joe Biden at the White House. The US president said more aid was coming.';
    const c = analyze({ id: 't', text, published: PUB }).claims.find((x) => x.cue?.text === 'said');
    assert.ok(c, JSON.stringify(claimsOf(text)));
    assert.equal(c.speaker?.text, 'The US president', JSON.stringify(claimsOf(text)));
    assert.ok(!/zelensky/i.test(c.speaker?.name ?? ''), JSON.stringify(claimsOf(text)));
  });
});

describe('"according to X" at the end of the sentence', () => {
  table([
    { text: 'Ukrainian officials said the strike hit a school. There were no casualties, according to the regional governor.', cue: 'according to', speaker: 'the regional governor', content: 'There were no casualties' },
    { text: "The bridge was closed for repairs after the blast, according to Russia's transport ministry.", cue: 'according to', speaker: "Russia's transport ministry", content: 'The bridge was closed for repairs after the blast' },
    { text: 'Russian troops have advanced near Pokrovsk, according to Ukrainian military blogger Yuriy Butusov.', cue: 'according to', speaker: 'Ukrainian military blogger Yuriy Butusov', content: 'Russian troops have advanced near Pokrovsk', who: 'Yuriy Butusov' },
    // an apposition after the name belongs to the speaker, not to the content
    { text: "Russian shelling killed four people in Kherson on Monday, according to Roman Mrochko, the head of the city's military administration.", cue: 'according to', speaker: "Roman Mrochko, the head of the city's military administration", content: 'Russian shelling killed four people in Kherson on Monday', who: 'Roman Mrochko' },
    { text: 'Two drones were shot down over the Bryansk region overnight, according to Alexander Bogomaz, the regional governor.', cue: 'according to', speaker: 'Alexander Bogomaz, the regional governor', content: 'Two drones were shot down over the Bryansk region overnight', who: 'Alexander Bogomaz' },
    { text: 'Russian forces shelled Nikopol overnight, damaging a power line, according to the governor of the Dnipropetrovsk region, Serhiy Lysak.', cue: 'according to', speaker: 'the governor of the Dnipropetrovsk region', content: 'Russian forces shelled Nikopol overnight, damaging a power line', who: 'Serhiy Lysak' },
  ]);
});

describe('speakers in headlines and datelines', () => {
  table([
    { text: 'Zelensky says Russia lost 500 troops in Kharkiv attack', cue: 'says', speaker: 'Zelensky', content: 'Russia lost 500 troops in Kharkiv attack' },
    { text: 'UPDATE 2-Kremlin says Ukraine attacked Crimean bridge', cue: 'says', speaker: 'Kremlin', content: 'Ukraine attacked Crimean bridge', who: 'Kremlin' },
    { text: 'UPDATE 1-Ukraine says it shot down 20 Russian drones overnight', cue: 'says', speaker: 'Ukraine', content: 'it shot down 20 Russian drones overnight', who: 'Ukraine' },
    { text: 'Ukraine says it hit Russian landing ship in Crimea\n\nKYIV, Dec 26 (Reuters) - Ukraine\'s air force said on Tuesday it had destroyed a large Russian landing ship in Crimea.', cue: 'said', speaker: "Ukraine's air force", content: 'it had destroyed a large Russian landing ship in Crimea' },
    { text: 'ZAPORIZHZHIA, Ukraine (AP) — Russian shelling killed two people, the regional governor said.', cue: 'said', speaker: 'the regional governor', content: 'Russian shelling killed two people' },
  ]);
});

describe('a quotation in the next paragraph after a colon', () => {
  table([
    { text: 'Ukraine\'s foreign minister said in a statement:\n\n"We call on our partners to respond decisively to this crime."', cue: 'said in a statement:', speaker: "Ukraine's foreign minister", content: '"We call on our partners to respond decisively to this crime."' },
    { text: 'The regional governor, Vyacheslav Gladkov, wrote on Telegram:\n\n"Two civilians were killed in the shelling of Shebekino."', cue: 'wrote on Telegram:', speaker: 'The regional governor, Vyacheslav Gladkov,', content: '"Two civilians were killed in the shelling of Shebekino."', who: 'Vyacheslav Gladkov' },
    { text: 'Dmytro Kuleba wrote on X on Monday:\n\n"The world must respond to this crime."', cue: 'wrote on X', speaker: 'Dmytro Kuleba', content: '"The world must respond to this crime."' },
    { text: 'The spokesman for the Ukrainian air force, Yuriy Ihnat, spoke to reporters on Tuesday.\n\n"Russia launched 40 drones overnight," he said.', cue: 'said', speaker: 'he', content: '"Russia launched 40 drones overnight,"', who: 'Yuriy Ihnat' },
    // a cue's object that names what was said, then a colon at the paragraph's end
    { text: 'The ministry issued a statement on Sunday:\n\n"All the drones were destroyed over the Black Sea."', cue: 'issued a statement on Sunday:', speaker: 'The ministry', content: '"All the drones were destroyed over the Black Sea."' },
    { text: 'Zelensky posted a video message late on Saturday:\n\n"We will rebuild every house."', cue: 'posted a video message late on Saturday:', speaker: 'Zelensky', content: '"We will rebuild every house."' },
    { text: 'The General Staff gave an update on Monday morning:\n\n"Russian forces attacked 12 times near Bakhmut."', cue: 'gave an update on Monday morning:', speaker: 'The General Staff', content: '"Russian forces attacked 12 times near Bakhmut."' },
  ]);
});

describe('Russian and Ukrainian nominal claims and stance phrases', () => {
  const kyiv = 'Минобороны России опровергло заявления Киева о том, что украинские войска закрепились на левом берегу Днепра.';
  const peskov = 'Песков отверг заявления Зеленского о том, что Россия готовит новое наступление.';
  const treh = 'Речник угруповання Віктор Трегубов заперечив заяви окупантів про те, що Часів Яр захоплено.';
  const aks = 'Опровергая заявления Киева о том, что мост поврежден, губернатор Крыма Сергей Аксёнов заявил, что движение открыто.';
  const gen = 'Спростовуючи заяви Кремля про те, що Бахмут захоплено, Генштаб повідомив про бої на околицях міста.';
  table([
    { text: kyiv, cue: 'заявления', speaker: 'Киева', content: 'что украинские войска закрепились на левом берегу Днепра', who: 'Киев' },
    { text: kyiv, cue: 'опровергло', speaker: 'Минобороны России', content: 'заявления Киева о том, что украинские войска закрепились на левом берегу Днепра' },
    { text: peskov, cue: 'заявления', speaker: 'Зеленского', content: 'что Россия готовит новое наступление', who: 'Volodymyr Zelensky' },
    { text: peskov, cue: 'отверг', speaker: 'Песков', content: 'заявления Зеленского о том, что Россия готовит новое наступление', who: 'Dmitry Peskov' },
    { text: treh, cue: 'заяви', speaker: 'окупантів', content: 'що Часів Яр захоплено' },
    { text: treh, cue: 'заперечив', speaker: 'Речник угруповання Віктор Трегубов', content: 'заяви окупантів про те, що Часів Яр захоплено', who: 'Viktor Trehubov' },
    { text: 'Генштаб ЗСУ спростував заяви російських пропагандистів про те, що місто повністю оточене.', cue: 'заяви', speaker: 'російських пропагандистів', content: 'що місто повністю оточене' },
    { text: 'Генштаб ЗСУ спростував заяви російських пропагандистів про те, що місто повністю оточене.', cue: 'спростував', speaker: 'Генштаб ЗСУ', content: 'заяви російських пропагандистів про те, що місто повністю оточене' },
    { text: aks, cue: 'заявления', speaker: 'Киева', content: 'что мост поврежден', who: 'Киев' },
    { text: aks, cue: 'заявил', speaker: 'губернатор Крыма Сергей Аксёнов', content: 'что движение открыто', who: 'Sergei Aksyonov' },
    { text: gen, cue: 'заяви', speaker: 'Кремля', content: 'що Бахмут захоплено', who: 'Kremlin' },
    { text: 'Вопреки заявлениям Минобороны России о том, что Волчанск взят, бои в городе продолжаются.', cue: 'заявлениям', speaker: 'Минобороны России', content: 'что Волчанск взят' },
    { text: 'Всупереч заявам Міноборони Росії про те, що Кринки захоплено, українські війська утримують позиції.', cue: 'заявам', speaker: 'Міноборони Росії', content: 'що Кринки захоплено' },
    { text: 'Несмотря на утверждения Киева о том, что удар был по военному объекту, погибли мирные жители.', cue: 'утверждения', speaker: 'Киева', content: 'что удар был по военному объекту', who: 'Киев' },
    { text: 'Заявления Киева о том, что удар нанесен по военному объекту, не соответствуют действительности, заявил Песков.', cue: 'Заявления', speaker: 'Киева', content: 'что удар нанесен по военному объекту', who: 'Киев' },
    { text: 'Заявления Киева о том, что удар нанесен по военному объекту, не соответствуют действительности, заявил Песков.', cue: 'заявил', speaker: 'Песков', content: 'Заявления Киева о том, что удар нанесен по военному объекту, не соответствуют действительности' },
    { text: 'Твердження Кремля про те, що Авдіївку оточено, не відповідають дійсності, заявив речник Генштабу.', cue: 'Твердження', speaker: 'Кремля', content: 'що Авдіївку оточено', who: 'Kremlin' },
    { text: 'По утверждению Генштаба ВСУ, российские войска потеряли за сутки 1200 военных.', cue: 'По утверждению', speaker: 'Генштаба ВСУ', content: 'российские войска потеряли за сутки 1200 военных' },
    { text: 'За твердженням Міноборони Росії, над Бєлгородом збили 10 ракет.', cue: 'За твердженням', speaker: 'Міноборони Росії', content: 'над Бєлгородом збили 10 ракет', who: 'Russian Ministry of Defence' },
    // Ukrainian spells Russia with one "с": the ministry of «Міноборони Росії» is Russia's, not Ukraine's
    { text: 'Міноборони Росії заявило, що над Бєлгородом збили 10 ракет.', cue: 'заявило', speaker: 'Міноборони Росії', content: 'що над Бєлгородом збили 10 ракет', who: 'Russian Ministry of Defence' },
    { text: 'Всупереч заявам Міноборони Росії про те, що Кринки захоплено, українські війська утримують позиції.', cue: 'заявам', speaker: 'Міноборони Росії', content: 'що Кринки захоплено', who: 'Russian Ministry of Defence' },
    { text: 'За утверждением Минобороны России, над Белгородом сбили 10 ракет.', cue: 'За утверждением', speaker: 'Минобороны России', content: 'над Белгородом сбили 10 ракет' },
    { text: 'На думку речника Повітряних сил Юрія Ігната, росіяни змінили тактику атак.', cue: 'На думку', speaker: 'речника Повітряних сил Юрія Ігната', content: 'росіяни змінили тактику атак', who: 'Yurii Ihnat' },
    { text: 'По мнению губернатора Вячеслава Гладкова, ситуация в регионе остается напряженной.', cue: 'По мнению', speaker: 'губернатора Вячеслава Гладкова', content: 'ситуация в регионе остается напряженной', who: 'Vyacheslav Gladkov' },
    { text: 'На думку Міноборони Великої Британії, росіяни втратили понад 300 танків за місяць.', cue: 'На думку', speaker: 'Міноборони Великої Британії', content: 'росіяни втратили понад 300 танків за місяць' },
    // a quotation before «Так X відреагував на <act>» is words, whatever it answers
    { text: '«Росія знову б\'є по цивільних. Ми відповімо». Так керівник Офісу президента Андрій Єрмак відреагував на обстріл Харкова.', cue: 'відреагував', speaker: 'керівник Офісу президента Андрій Єрмак', content: '«Росія знову б\'є по цивільних. Ми відповімо»', who: 'Andriy Yermak' },
    { text: '«Это был ответ на удары по нашим городам». Так Минобороны России отреагировало на атаку по Одессе.', cue: 'отреагировало', speaker: 'Минобороны России', content: '«Это был ответ на удары по нашим городам»' },
  ]);
});

describe('no nominal claim where no one is quoted', () => {
  const cases: [string, string, RegExp][] = [
    ['a demonym before a noun that is not a claim', 'Russian troops said to be regrouping near Kupiansk, the General Staff said.', /^Russian = /],
    ['"Russian claims" with no that-clause is no claim', 'The ministry dismissed Russian claims as propaganda.', /\| claims \|/],
    ['«вопреки заявлениям X» with no content is no claim of X', 'Вопреки заявлениям Минобороны России, бои в Волчанске продолжаются.', /Минобороны России/],
    ['«всупереч заявам X» with no content is no claim of X', 'Всупереч заявам Міноборони Росії, українські війська утримують позиції в Кринках.', /Міноборони Росії/],
    ['a national adjective after "the" is part of a described owner, not the owner by itself', "The Russian ministry's claim that the strike hit a depot was disputed.", /^Russian = /],
  ];
  for (const [what, text, bad] of cases) it(what, () => assert.ok(claimsOf(text).every((c) => !bad.test(c)), JSON.stringify(claimsOf(text))));
});

// Review of lane attrib (mendA): each row below is the reviewer's sentence or a fresh variant of it,
// its expected value worked out by reading the text.
describe('review: a nominal claim that is the subject is not cut out of the outer content', () => {
  table([
    { text: 'Ukrainian reports that Russia had used chemical weapons prompted an investigation, the OSCE said.', cue: 'said', speaker: 'the OSCE', content: 'Ukrainian reports that Russia had used chemical weapons prompted an investigation' },
    { text: 'Russian claims that the town had fallen were premature, the governor said.', cue: 'said', speaker: 'the governor', content: 'Russian claims that the town had fallen were premature' },
    { text: 'Belarusian allegations that Polish drones had crossed the border were unfounded, the Polish army said.', cue: 'said', speaker: 'the Polish army', content: 'Belarusian allegations that Polish drones had crossed the border were unfounded' },
  ]);
});

describe('review: a colon before a quotation that has its own speaker', () => {
  // the quotation is not the colon sentence's subject's, and it is its own speaker's (else a text with no
  // claim at all would pass)
  const no = (text: string, who: RegExp, words: string, own: RegExp): void => {
    const cs = analyze({ id: 't', text, published: PUB }).claims;
    assert.ok(cs.every((c) => !(who.test(c.speaker?.text ?? '') && c.content.some((f) => f.text.includes(words)))), JSON.stringify(claimsOf(text)));
    assert.ok(cs.some((c) => own.test(c.speaker?.text ?? '') && c.content.some((f) => f.text.includes(words))), JSON.stringify(claimsOf(text)));
  };
  it('the quotation is the soldier\'s, not the ministry\'s', () => no('The ministry issued a statement on Sunday:\n\n"We hold the line," a soldier told Reuters.', /ministry/, 'We hold the line', /soldier/));
  it('the quotation is Kuleba\'s, not Zelensky\'s', () => no('Zelensky gave an address on Sunday:\n\n"Peskov lies," Kuleba wrote on X.', /Zelensky/, 'Peskov lies', /Kuleba/));
  it('a quotation after "He wrote:" that has its own speaker', () => no('The governor wrote on Telegram:\n\n"The bridge is open," the mayor said.', /governor/, 'The bridge is open', /mayor/));
  table([
    { text: 'The ministry issued a statement on Sunday:\r\n\r\n"All the drones were destroyed over the Black Sea."', cue: 'issued a statement on Sunday:', speaker: 'The ministry', content: '"All the drones were destroyed over the Black Sea."' },
    { text: 'The regional governor wrote on Telegram:\r\n\r\n"Two civilians were killed in the shelling."', cue: 'wrote on Telegram:', speaker: 'The regional governor', content: '"Two civilians were killed in the shelling."' },
  ]);
});

describe('review: a description that fits two people named before is not resolved', () => {
  const who = (text: string): (string | null) => {
    const c = analyze({ id: 't', text, published: PUB }).claims.find((x) => x.cue?.text === 'said');
    assert.ok(c, JSON.stringify(claimsOf(text)));
    return c.speaker?.name ?? null;
  };
  it('"the president" after two presidents', () => {
    const n = who('Joe Biden met Volodymyr Zelensky in Washington. The president said more aid was coming.');
    assert.ok(n !== 'Volodymyr Zelensky' && n !== 'Joe Biden', String(n));
  });
  it('"the head of state" after two heads of state', () => {
    const n = who('Vladimir Putin met Xi Jinping in Beijing. The head of state said the talks were useful.');
    assert.ok(n !== 'Vladimir Putin' && n !== 'Xi Jinping', String(n));
  });
  it('"the president" after a president and a minister is the president', () => {
    assert.equal(who('Volodymyr Zelensky met Foreign Minister Dmytro Kuleba in Kyiv. The president said more aid was coming.'), 'Volodymyr Zelensky');
  });
});

describe('review: a relative clause after a claim noun is not its content', () => {
  const cases: [string, string, RegExp][] = [
    ['«В заявлении МИД, что опубликовано в понедельник»', 'В заявлении МИД, что опубликовано в понедельник, говорится о санкциях.', /^МИД = .*опубликовано/],
    ['«У заяві Міноборони, що оприлюднена у вівторок»', 'У заяві Міноборони, що оприлюднена у вівторок, йдеться про втрати.', /^Міноборони = .*оприлюднена/],
  ];
  for (const [what, text, bad] of cases) it(what, () => assert.ok(claimsOf(text).every((c) => !bad.test(c)), JSON.stringify(claimsOf(text))));
});

describe('review: a nominal claim\'s that-clause ends where its clause does', () => {
  table([
    { text: 'With Russian claims that Avdiivka had fallen, the mood in Moscow improved, the Kremlin said.', cue: 'claims', speaker: 'Russian', content: 'that Avdiivka had fallen', who: 'Russia' },
    { text: 'With Ukrainian reports that the bridge was damaged, traffic was halted, officials said.', cue: 'reports', speaker: 'Ukrainian', content: 'that the bridge was damaged' },
    { text: 'Ukrainian forces, rejecting Russian claims that they had retreated, said they held the line.', cue: 'claims', speaker: 'Russian', content: 'that they had retreated' },
    { text: 'The mayor, dismissing Russian allegations that the port stored weapons, said the docks were open.', cue: 'allegations', speaker: 'Russian', content: 'that the port stored weapons' },
    { text: 'Ukraine denied Russian reports that it had attacked the plant, and said inspectors were welcome.', cue: 'reports', speaker: 'Russian', content: 'that it had attacked the plant' },
    { text: 'Russian claims that the town had fallen proved premature.', cue: 'claims', speaker: 'Russian', content: 'that the town had fallen' },
    { text: "Moscow's claim that the ship had sunk proved false.", cue: 'claim', speaker: 'Moscow', content: 'that the ship had sunk' },
  ]);
});

describe('review: a wire version counter is cut only after a slug word', () => {
  table([
    { text: '5-Star Movement leader Giuseppe Conte said the government should resign.', cue: 'said', speaker: '5-Star Movement leader Giuseppe Conte', content: 'the government should resign' },
    { text: '7-Eleven spokeswoman Jane Doe said the stores would stay open.', cue: 'said', speaker: '7-Eleven spokeswoman Jane Doe', content: 'the stores would stay open' },
    { text: 'REFILE-UPDATE 3-Kremlin says talks with Kyiv are frozen', cue: 'says', speaker: 'Kremlin', content: 'talks with Kyiv are frozen' },
  ]);
});

describe('fresh variants of rows taken from the dev split', () => {
  const petrenko = 'Ukrainian troops still held the station, brigade spokesman Ivan Petrenko said on Monday, rejecting Russian claims that the village had been taken.';
  table([
    { text: petrenko, cue: 'claims', speaker: 'Russian', content: 'that the village had been taken', who: 'Russia' },
    { text: petrenko, cue: 'rejecting', speaker: 'brigade spokesman Ivan Petrenko', content: 'Russian claims' },
    { text: petrenko, cue: 'said', speaker: 'brigade spokesman Ivan Petrenko', content: 'Ukrainian troops still held the station' },
    { text: 'Foreign Ministry spokeswoman Maria Zakharova said Kyiv had staged the attack. "This is a provocation," she said.', cue: 'said', speaker: 'she', content: '"This is a provocation,"', who: 'Maria Zakharova' },
    { text: 'Volodymyr Zelensky thanked the allies for the new air defence systems.\n\nIn a video address, the Ukrainian president said more were needed.', cue: 'said', speaker: 'the Ukrainian president', content: 'more were needed', who: 'Volodymyr Zelensky' },
    { text: 'President Recep Tayyip Erdogan said the grain corridor must reopen. In a televised speech, the head of state said that Turkey would mediate.', cue: 'said', speaker: 'the head of state', content: 'that Turkey would mediate', who: 'Recep Tayyip Erdogan' },
  ]);
});
