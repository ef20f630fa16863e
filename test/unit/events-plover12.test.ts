/**
 * Event typing by codebook class (lane plover, 12th version): probe sentences written by hand for the
 * classes added in this version, none of them in any gold file; expected values written before the
 * stage was run on them. `main` is the main event as bench/events.ts picks it (the first event outside
 * a subordinate part of the sentence, else the first).
 */
import { eventTable } from './event-table.js';

/** One test per row (test/unit/event-table.ts). */
function table(name: string, rows: [string, string][]): void {
  eventTable('plover classes', name, rows);
}

table("workers who strike with no target stop work (CAMEO 143); a strike on a target stays an attack", [
  ["Bus drivers struck for higher pay.", "PROTEST/strike"],
  ["Nurses struck for a third day over staff shortages.", "PROTEST/strike"],
  ["Teachers struck across the country on Monday.", "PROTEST/strike"],
  ["Two men struck the officer with a hammer.", "ASSAULT"],
  ["Missiles struck the town overnight.", "ASSAULT"],
]);
table("residents, villagers and drivers who blockade or set up roadblocks obstruct passage (CAMEO 144); forces who do restrict it (191)", [
  ["Residents blockaded the highway to protest the power cuts.", "PROTEST/obstruct"],
  ["Villagers set up roadblocks to keep the company's trucks out.", "PROTEST/obstruct"],
  ["Lorry drivers blockaded the port of Calais.", "PROTEST/obstruct"],
  ["Soldiers set up roadblocks around the city.", "COERCE"],
  ["The navy blockaded the port.", "COERCE"],
]);
table("a bare verb after a modal or an infinitive \"to\" is a verb whatever the tagger read", [
  ["The kidnappers said they would free the hostages on Friday.", "AGREE"],
  ["The army will not free the prisoners.", "REJECT"],
  ["Amnesty urged the junta to free the detained students.", "REQUEST"],
  ["The rebels will free the hostages.", "AGREE"],
]);
table("an event noun after a modifying noun, and a light verb three words before its noun", [
  ["Turkey launched a new ground offensive against Kurdish fighters.", "ASSAULT"],
  ["Turkey said it could launch a new ground offensive against Kurdish fighters in northern Syria.", "THREATEN"],
  ["The army imposed a strict nighttime curfew on the town.", "COERCE"],
]);
table("a relative clause, participle or infinitive after the subject is subordinate to the main verb", [
  ["Troops who were sent to the region arrested 20 suspected rebels.", "COERCE"],
  ["Soldiers who had been deployed to the town arrested 20 suspected rebels.", "COERCE"],
  ["Protesters demanding reforms blocked the main road.", "PROTEST"],
  ["Rebels who attacked the convoy killed three drivers.", "ASSAULT"],
]);
table("blocking a statement rejects it (CAMEO 129); blocking a road obstructs it, blocking access to media censors", [
  ["China blocked a UN statement on the crackdown.", "REJECT"],
  ["Protesters blocked the road to the airport.", "PROTEST/obstruct"],
  ["The government blocked access to social media.", "COERCE"],
]);
table("quitting or leaving an organisation, a court or a peace process reduces relations (CAMEO 16x)", [
  ["Mali quit the regional alliance.", "SANCTION/withdraw"],
  ["Burundi withdrew from the International Criminal Court.", "SANCTION/withdraw"],
  ["The government pulled out of the peace process.", "SANCTION/withdraw"],
  ["The defence minister quit over the scandal.", "RETREAT/resign"],
  ["The rebels pulled out of the town.", "RETREAT/withdraw"],
]);
table("summoning an envoy complains (CAMEO 114); summoning or ordering a person to appear demands it (10x)", [
  ["The court summoned the former minister for questioning.", "REQUEST"],
  ["The judge ordered the general to appear before the tribunal.", "REQUEST"],
  ["Greece summoned the Turkish ambassador over the airspace violations.", "ACCUSE"],
]);
table("rallying support is SUPPORT (053), rallying opposition ACCUSE (113); rallying in support is a demonstration", [
  ["The bishops rallied support for the opposition candidate.", "SUPPORT"],
  ["The ayatollah rallied opposition against the treaty.", "ACCUSE"],
  ["Thousands rallied in support of the president in the capital.", "PROTEST"],
]);
table("ordering diplomats out expels them (166); announced, a threat (136)", [
  ["Seoul said it would order out North Korean diplomats.", "THREATEN"],
  ["Kenya ordered out the Somali envoy.", "SANCTION"],
]);
table("a description condemns (111) or praises (051) by its words; a call for is no description", [
  ["The foreign ministry described the attack as an act of state terrorism.", "ACCUSE"],
  ["The opposition called the elections a farce.", "ACCUSE"],
  ["The government termed the report baseless.", "ACCUSE"],
  ["The UN envoy called the accord a breakthrough.", "SUPPORT"],
  ["Their call for an end to the fighting was ignored.", "REQUEST"],
]);
table("condolences support (051); a war footing raises alert (152/154)", [
  ["Russia offered condolences to the victims' families.", "SUPPORT"],
  ["The king sent condolences to Ankara after the earthquake.", "SUPPORT"],
  ["The pope expressed his condolences to the families.", "SUPPORT"],
  ["Troops were put on a war footing.", "MOBILIZE"],
  ["The junta put the army on a war footing.", "MOBILIZE"],
  ["Eritrea placed its forces on a war footing.", "MOBILIZE"],
]);
table("returning to the negotiating table resumes talks (046; asked: 106 meet; promised: 036); budget support is aid (071, suspended 162); flattening destroys", [
  ["The Arab League urged both factions to return to the negotiating table.", "REQUEST/meet"],
  ["The rebels said they would return to the negotiating table next week.", "AGREE"],
  ["The two sides returned to the negotiating table in Doha.", "CONSULT"],
  ["The army returned the bodies of the soldiers.", "RETREAT"],
  ["The donors suspended budget support to Malawi.", "SANCTION/discontinue"],
  ["Denmark halted development support to Burundi.", "SANCTION/discontinue"],
  ["The IMF provided budget support to Egypt.", "AID"],
  ["The general vowed to flatten the rebel stronghold.", "THREATEN/violence"],
  ["Bulldozers flattened dozens of homes in the village.", "ASSAULT"],
]);
table("admitting, accepting, receiving or hosting refugees gives relief or asylum (073/075); an admission that something happened stays that act", [
  ["Canada admitted 25,000 Syrian refugees.", "AID"],
  ["Jordan accepted thousands of Iraqi refugees last year.", "AID"],
  ["Germany received more than a million asylum seekers.", "AID"],
  ["Chad hosts some 400,000 Sudanese refugees in camps along the border.", "AID"],
  ["Hungary refused to accept any refugees under the EU quota plan.", "REJECT"],
  ["Spain agreed to admit 500 refugees rescued at sea.", "AGREE"],
  ["The army admitted that its soldiers had killed the refugees.", "ASSAULT"],
]);
