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
