/**
 * Word and object classes of lane plover18 (data/event-triggers.tsv, event-types.tsv and event-objects.tsv,
 * sections "lane plover18"): a verb class typed by what it acts on or who does it. The sentences are new (other
 * incidents and wordings than bench/gold/plover-own16 and the earlier own batches), with near misses in the
 * everyday sense of the same words, several read off PolNeAR train articles (political news). Expected values
 * were written by hand from the CAMEO2PLOVER-2021 codes before the stage was run on these rows. `main` is the
 * main event as bench/events.ts picks it.
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events plover18', name, rows);
}

table('the prospect or possibility of an act raised: a threat when the act is hostile, an intent when not, no event without an act (CAMEO 13x, 03x)', [
  ['Ankara raised the prospect of a ground offensive against Kurdish militias.', 'THREATEN/violence'],
  ['The president raised the possibility of military action against the cartels.', 'THREATEN/violence'],
  ['The minister floated the possibility of an incursion into Lebanon.', 'THREATEN/violence'],
  ['Washington raised the prospect of sanctions on Chinese banks.', 'THREATEN/restrict'],
  ['The envoy raised the prospect of a prisoner exchange.', 'AGREE'],
  ['The envoy raised the prospect of lifting sanctions on Syria.', 'AGREE'],
  ['But the loss raises the possibility that his strength is at least partly an illusion.', 'none'],
  ['She keeps dangling the prospect of a tuition-free education.', 'none'],
]);

table('a ground operation, or a military operation launched or begun, is an offensive (CAMEO 190); a role in charge of operations is none', [
  ['Israel launched a ground operation in Rafah.', 'ASSAULT'],
  ['Turkey began a military operation in northern Iraq.', 'ASSAULT'],
  ['The general said the army was ready to launch a ground operation in the city.', 'THREATEN/violence'],
  ['He is the admiral in charge of military operations in the Pacific.', 'none'],
]);

table('shifting, transferring or relocating forces and heavy weapons mobilises them (CAMEO 154); a state moving money into another\'s bank gives aid (071); other things moved, none', [
  ['Beijing moved two divisions to the border.', 'MOBILIZE/troops'],
  ['Pakistan moved tanks and artillery to the frontier.', 'MOBILIZE/weapons'],
  ['The army shifted three brigades to the east.', 'MOBILIZE/troops'],
  ['Iran transferred troops to the Iraqi border.', 'MOBILIZE/troops'],
  ['Qatar deposited $3 billion in Turkey\'s central bank.', 'AID'],
  ['China injected $2 billion into Sri Lanka\'s reserves.', 'AID'],
  ['Kuwait wired $500 million to Jordan\'s treasury.', 'AID'],
  ['The embassy relocated to a new building in the capital.', 'none'],
  ['The company shifted its focus to Asia.', 'none'],
  ['Investors pumped money into technology stocks.', 'none'],
  ['He deposited the cheque at his bank.', 'none'],
]);

table('arming militias, vigilantes or volunteers raises a militia (PLOVER MOBILIZE militia); a state arming rebels or arming a party with weapons aids it (072); "armed" describing a noun arms no one', [
  ['The government armed local militias in the Amhara region.', 'MOBILIZE/militia'],
  ['The army has been arming civilian volunteers in the north.', 'MOBILIZE/militia'],
  ['The United States armed the rebels with anti-tank missiles.', 'AID'],
  ['Armed men stabbed a pensioner to death during a search of his house.', 'ASSAULT'],
  ['Police said a man armed with a knife stabbed four worshippers.', 'ASSAULT'],
  ['Armed tribesmen attacked a village in Darfur.', 'ASSAULT'],
  ['The lawyer was armed with new evidence.', 'none'],
]);

table('drills held by two parties named together are military cooperation (CAMEO 062); by one, a show of force (150); coordinated patrols and raids are cooperation', [
  ['Egypt and Sudan staged military exercises near the border.', 'COOPERATE'],
  ['Russia and China began joint naval drills in the Sea of Japan.', 'COOPERATE'],
  ['France and India kicked off their annual air exercises.', 'COOPERATE'],
  ['China staged military drills around Taiwan.', 'MOBILIZE/troops'],
  ['North Korea began large-scale artillery drills near the border.', 'MOBILIZE/troops'],
  ['Thai and Malaysian police conducted coordinated raids on smuggling gangs.', 'COOPERATE'],
  // (two parties need names: a lower-case pair is not read as one)
  ['Reservists and conscripts held drills in the village square.', 'MOBILIZE/troops'],
]);

table('paint, eggs or food thrown or splashed on a building or a work, slogans painted on it, vandalise in protest (CAMEO 145 → PROTEST vandalize)', [
  ['Activists splashed red paint on the ministry building.', 'PROTEST/vandalize'],
  ['Protesters threw eggs and paint at the embassy.', 'PROTEST/vandalize'],
  ['Climate activists hurled soup at a painting in the museum.', 'PROTEST/vandalize'],
  ['Students painted anti-war slogans on the walls of the town hall.', 'PROTEST/vandalize'],
  ['The children threw a ball at the wall.', 'none'],
]);

table('an attributive participle or "than" of an amount inside a noun phrase ("took in more than 600,000 registered refugees")', [
  ['Turkey has taken in more than three million registered Syrian refugees.', 'AID'],
  ['Chad took in fewer than 10,000 displaced Sudanese refugees last year.', 'AID'],
]);

table('talks that collapse, break down or stall end without agreement (CAMEO 12x → REJECT); a building or support collapsing is none', [
  ['Peace talks between the government and the rebels broke down on Friday.', 'REJECT'],
  ['Negotiations on a new constitution stalled over the role of the army.', 'REJECT'],
  ['Talks between the two sides resumed in Cairo.', 'CONSULT'],
  ['The building collapsed after the earthquake.', 'none'],
  ['The economy collapsed under hyperinflation.', 'none'],
]);

table('police, prosecutors or officials raiding offices or homes search them (CAMEO 17x → COERCE); gunmen or troops raiding a village or camp attack it', [
  ['Police raided the home of an opposition activist in Minsk.', 'COERCE'],
  ['Guatemala\'s prosecutors raided the offices of the electoral tribunal.', 'COERCE'],
  ['Gunmen raided a village in Zamfara state, killing 20.', 'ASSAULT'],
  ['Troops raided a rebel camp near the border.', 'ASSAULT'],
]);

table('saying one will not oppose, block or veto something is an intent to let it pass (03x → AGREE); a negation before a governing verb is its own ("would not rule out military action" threatens it)', [
  ['Washington will not veto the resolution, diplomats said.', 'AGREE'],
  ['China vetoed the resolution.', 'REJECT'],
  ['Hamas did not accept the Israeli proposal.', 'REJECT'],
  ['The minister would not rule out military action.', 'THREATEN/violence'],
  // a negator that is a word of the trigger row negates nothing
  ['Voters will say no to the new constitution.', 'REJECT'],
]);

table('a border, crossing or airspace closed, named as a noun (CAMEO 191 → COERCE restrict); a factory closure is none', [
  ['The closure of the airspace over Niger stranded hundreds of travellers.', 'COERCE/restrict'],
  ['The closure of the Rafah crossing left thousands stranded.', 'COERCE/restrict'],
  ['The closure of the factory cost 300 jobs.', 'none'],
]);

table('a ship or boat intercepted has its movement restricted (CAMEO 191), an arms shipment intercepted is seized (1711); a drone intercepted is shot down', [
  ['The Greek coast guard intercepted a boat carrying migrants.', 'COERCE/restrict'],
  ['The navy intercepted a dhow carrying weapons off Somalia.', 'COERCE/seize'],
  ['Israel\'s air defences intercepted a drone over Eilat.', 'ASSAULT'],
]);

table('residents or villagers burning a police post riot (CAMEO 145); soldiers burning homes destroy property; grilling an official over something criticises', [
  ['Villagers burned down the police post after the shooting.', 'PROTEST/riot'],
  ['Soldiers set fire to homes in the village.', 'ASSAULT'],
  ['Senators grilled the CEO over the data breach.', 'ACCUSE'],
  ['He grilled sausages for the guests.', 'none'],
]);
