/**
 * Trigger word classes of lane plover16 (data/event-triggers.tsv, section "lane plover16"): each class is the
 * synonyms of one PLOVER trigger sense with its phrasal verbs, nouns and noun phrases. The sentences are new
 * (other incidents and wordings than bench/gold/plover-own15), with near misses in the everyday sense of the
 * same words. Expected values were written by hand from the CAMEO2PLOVER-2021 codes before the stage was run
 * on these rows. `main` is the main event as bench/events.ts picks it.
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('events own15', name, rows);
}

table('consenting and going along with a proposal is an agreement (CAMEO 03x)', [
  ['The rebel council assented to the terms of the truce on Sunday.', 'AGREE'],
  ['Parliament gave its formal assent to the accession treaty.', 'AGREE'],
  ['Hungary finally went along with the EU plan to use frozen Russian assets.', 'AGREE'],
  // volunteers signed up are a mobilisation, not an agreement
  ['The government signed up 20,000 volunteers for the territorial defence.', 'MOBILIZE'],
]);

table('a go-between or intermediary mediates; a video link is a call (CAMEO 041, 045)', [
  ['Oman acted as a go-between for Tehran and Washington.', 'CONSULT'],
  ['Egypt has served as an intermediary between Hamas and Israel.', 'CONSULT'],
  ['The two presidents held a video call on Thursday.', 'CONSULT/phone'],
  ['Macron and Scholz spoke by video link about Ukraine.', 'CONSULT/phone'],
]);

table('speaking well of, seconding, cheering and plaudits are support (CAMEO 051)', [
  ['The senator eulogized the slain journalist at her funeral.', 'SUPPORT'],
  ['Greece seconded the motion at the NATO summit.', 'SUPPORT'],
  ['The EU spoke warmly of Armenia\'s reform efforts.', 'SUPPORT'],
  ['Crowds in Tirana cheered the prime minister\'s return.', 'SUPPORT'],
  ['The mediators won plaudits for the prisoner swap.', 'SUPPORT'],
]);

table('backtracking, softening or dropping a policy and giving way to demands concede (CAMEO 08x); armed forces giving ground retreat (0874)', [
  ['The junta backtracked on its plan to dissolve the parties.', 'CONCEDE'],
  ['The chancellor made a U-turn on fuel duty after a revolt in parliament.', 'CONCEDE'],
  ['The ministry watered down the draft media law.', 'CONCEDE'],
  ['The government gave way to union demands and raised the minimum wage.', 'CONCEDE'],
  ['The president gave ground to the opposition on the electoral code.', 'CONCEDE'],
  ['Ukrainian forces gave ground near Pokrovsk under heavy assault.', 'RETREAT/withdraw'],
  // a bridge giving way is no concession
  ['The old bridge gave way under the weight of the lorry.', 'none'],
]);

table('putting something on hold or on ice suspends it, typed by what is suspended (CAMEO 08x, 162, 164)', [
  ['The government put the pension reform on hold after the strikes.', 'CONCEDE'],
  ['The World Bank put its loans to Uganda on hold.', 'SANCTION/discontinue'],
  ['Kyiv put the peace talks on ice.', 'SANCTION'],
]);

table('fighting side by side, working in tandem, combined drills and traded intelligence are cooperation (CAMEO 06x)', [
  ['Kenyan and Somali troops fought alongside each other against al-Shabaab.', 'COOPERATE'],
  ['The coast guards of Italy and Libya worked in tandem to intercept migrant boats.', 'COOPERATE'],
  ['Police in Spain and Portugal swapped intelligence on the smuggling gang.', 'COOPERATE'],
  ['The two armies staged combined drills near the border.', 'COOPERATE'],
  ['The combined death toll rose to 40.', 'none'],
]);

table('ferrying, funnelling or gifting goods is aid, of forces a mobilisation; lifelines and field hospitals are aid (CAMEO 07x)', [
  ['Qatar funnelled millions of dollars in aid to Gaza.', 'AID'],
  ['Boats ferried food and medicine to the flooded villages.', 'AID'],
  ['Russia ferried more troops across the Dnipro.', 'MOBILIZE'],
  ['The EU threw a lifeline to Moldova\'s power grid.', 'AID'],
  ['The Red Cross set up a field hospital in Rafah.', 'AID'],
  ['Japan gifted ten patrol boats to the Philippines.', 'AID'],
]);

table('clemency, walking free, decamping, bowing out and an armistice are retreats (CAMEO 0841, 0874, 0832, 0871)', [
  ['The governor granted clemency to 50 inmates on Christmas Eve.', 'RETREAT/release'],
  ['Two aid workers walked free after six months in captivity.', 'RETREAT/release'],
  ['The militants decamped from the mining town before the army arrived.', 'RETREAT/withdraw'],
  ['The interior minister bowed out after the prison escape scandal.', 'RETREAT/resign'],
  ['The armistice held through the night.', 'RETREAT/ceasefire'],
]);

table('canvassing, leaning on and prevailing on someone are requests (CAMEO 10x)', [
  ['Kyiv canvassed European capitals for more artillery shells.', 'REQUEST'],
  ['Washington leaned on Israel to allow more aid trucks into Gaza.', 'REQUEST'],
  ['The mediators prevailed on both sides to accept a truce.', 'REQUEST'],
  ['The soldier leaned on the wall.', 'none'],
]);

table('impugning and tearing into are criticism, audits and digging into records investigation (CAMEO 09x, 111)', [
  ['Lawyers impugned the impartiality of the judge.', 'ACCUSE'],
  ['The inspector general will audit the arms contracts.', 'ACCUSE'],
  ['The opposition tore into the government over the blackout.', 'ACCUSE'],
  ['Journalists dug into the ministry\'s procurement records.', 'ACCUSE'],
]);

table('disowning, waving off, knocking back, short shrift and a thumbs-down are rejections (CAMEO 12x)', [
  ['The party disowned the mayor\'s remarks.', 'REJECT'],
  ['Moscow waved off the proposal for a Christmas truce.', 'REJECT'],
  ['The court knocked back the government\'s appeal.', 'REJECT'],
  ['The president gave short shrift to the demands of the protesters.', 'REJECT'],
  ['Voters gave a thumbs-down to the new constitution.', 'REJECT'],
]);

table('sabre-rattling threatens (CAMEO 13x)', [
  ['Beijing rattled its sabre over Taiwan with fresh drills.', 'THREATEN'],
  ['The sabre-rattling over the Essequibo alarmed Guyana.', 'THREATEN'],
]);

table('processions, go-slows, daubing and going without food are protest (CAMEO 141, 143, 145, 1421); a funeral procession is none', [
  ['Thousands joined a torchlight procession through Kyiv.', 'PROTEST/demo'],
  ['Thousands joined the funeral procession for the slain commander.', 'none'],
  ['Air traffic controllers started a go-slow on Monday.', 'PROTEST/strike'],
  ['Activists daubed slogans on the embassy walls.', 'PROTEST/vandalize'],
  ['Detained protesters went without food for ten days.', 'PROTEST/hunger'],
]);

table('years behind bars, fines, debarment, and envoys brought home are sanctions (CAMEO 16x, 17x)', [
  ['The court handed the former minister seven years behind bars.', 'SANCTION/convict'],
  ['The regulator fined the broadcaster for airing the rally.', 'SANCTION'],
  ['The World Bank debarred the firm for fraud.', 'SANCTION'],
  ['Lithuania brought its envoy home from Minsk.', 'SANCTION/withdraw'],
  ['The United States brought its troops home from Afghanistan.', 'RETREAT/withdraw'],
  ['The weather was fine for the parade.', 'none'],
]);

table('garrisoning, marshalling, surging and pouring forces in, call-ups and weapons wheeled out mobilize (CAMEO 15x); of anything else no event', [
  ['Moscow garrisoned extra troops in Kaliningrad.', 'MOBILIZE'],
  ['Israel marshalled tanks along the Gaza border.', 'MOBILIZE'],
  ['The navy surged destroyers to the Red Sea.', 'MOBILIZE'],
  ['Beijing poured troops into Tibet.', 'MOBILIZE'],
  ['Kyiv announced a call-up of 50,000 reservists.', 'MOBILIZE'],
  ['Iran wheeled out a new ballistic missile at the parade.', 'MOBILIZE/weapons'],
  ['Food prices surged in March.', 'none'],
  ['Investors poured money into bonds.', 'none'],
  ['The carrier strike group\'s commander gave a press briefing.', 'none'],
]);

table('incarceration, round-ups, swoops, land grabs, military rule, switching off the internet and knocking sites offline coerce (CAMEO 17x)', [
  ['Authorities incarcerated the blogger without trial.', 'COERCE/arrest'],
  ['Police launched a round-up of migrants in the capital.', 'COERCE/arrest'],
  ['Security agents swooped on the newspaper\'s offices.', 'COERCE/arrest'],
  ['Militias grabbed land from displaced farmers.', 'COERCE/seize'],
  ['The junta switched off the internet in three provinces.', 'COERCE/censor'],
  ['Hackers knocked the ministry\'s website offline.', 'COERCE/cyber'],
  ['The army placed the region under military rule.', 'COERCE/martial-law'],
  ['Thailand packed off the asylum seekers to Myanmar.', 'COERCE/deport'],
  ['Residents switched off their lights to save power.', 'none'],
]);

table('barrages, salvoes and onslaughts are attacks; unleashing one launches it (CAMEO 19x)', [
  ['Russian forces unleashed a fresh barrage on Kharkiv.', 'ASSAULT'],
  ['A salvo of rockets hit the port city overnight.', 'ASSAULT'],
  ['The army began an onslaught on rebel positions.', 'ASSAULT'],
]);

table('an exchange of fire is a clash; a barrage, salvo or onslaught of criticism is verbal (CAMEO 111), an opening salvo a figure of speech; cheering a decision or ruling is support, cheering alone none', [
  ['Two soldiers died in an exchange of fire near the border.', 'ASSAULT'],
  ['Police and smugglers were caught in an exchange of gunfire at the port.', 'ASSAULT'],
  ['A rocket barrage hit Sderot.', 'ASSAULT'],
  ['The minister faced a barrage of criticism over the blackout.', 'ACCUSE'],
  ['The opposition launched an onslaught of criticism against the budget.', 'ACCUSE'],
  ['The tariffs were the opening salvo in a trade war.', 'none'],
  ['Fans cheered as the team scored.', 'none'],
  ['The exiled leaders cheered the court\'s ruling on the election.', 'SUPPORT'],
]);

table('Russian and Ukrainian members of the classes: a round-up (облава), clemency (помилование / помилування), a fine, the internet switched off (and light switched off: none)', [
  ['В Махачкале полиция провела облаву на мигрантов.', 'COERCE/arrest'],
  ['Поліція провела облаву на ухилянтів у Львові.', 'COERCE/arrest'],
  ['Президент помиловал 52 осужденных женщин.', 'RETREAT/release'],
  ['Президент помилував двох військових, засуджених за дезертирство.', 'RETREAT/release'],
  ['Суд оштрафовал Google на 3,8 млн рублей.', 'SANCTION'],
  ['Суд оштрафував блогера за поширення фейків.', 'SANCTION'],
  ['Власти отключили мобильный интернет в Башкирии.', 'COERCE/censor'],
  ['Окупанти відключили інтернет у Херсоні.', 'COERCE/censor'],
  ['Жители отключили свет в квартирах.', 'none'],
  ['Енергетики вимкнули світло у трьох районах.', 'none'],
]);

table('near misses read off 250 PolNeAR train articles (political news): adjectives, nouns and everyday senses of the new class words', [
  ['Supporters cheered loudly in the hall.', 'none'],
  ['He was a gifted negotiator.', 'none'],
  ['Sign up to get our newsletter.', 'none'],
  ['The former minister decamped to a private bank after leaving office.', 'none'],
  ['Audit files show the payments.', 'none'],
  ['Prepare for an onslaught of tourists this summer.', 'none'],
  ['Britain gifted three minehunters to Ukraine.', 'AID'],
  ['France seconded the Kenyan proposal at the Security Council.', 'SUPPORT'],
  ['The auditor-general launched an audit of the arms deals.', 'ACCUSE'],
]);
