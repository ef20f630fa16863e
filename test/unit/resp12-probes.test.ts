/**
 * Probes of lane resp12: responsibility and cause read by structure (a doer as the accused of
 * "accused X of V-ing", a plural pronoun or "the agency" standing for a doer named before, «по вине
 * X»; a strike practised in an exercise, a strike of the future, a name that strikes nothing; a gas
 * accident as the cause), each on sentences of our own that are in no gold file (other verbs, places
 * and word order than bench/gold/facts/*\/dev-resp12.jsonl), written before the rules were run on them.
 * Places are real, incidents invented for the construction. Labels as test/unit/fact-labels.ts gives them.
 */
import { test } from 'node:test';
import { checkFactRows, type FactRow } from './fact-labels.js';

test('the doer of an accusation, a pronoun or a definite organisation noun is the side named for it', () => {
  const rows: FactRow[] = [
    ["Ukraine's foreign minister accused Russian forces of deliberately shelling a humanitarian convoy near Kherson.", undefined, ['resp RU 1'], ['resp UA 1']],
    ['The governor accused the Russians of shelling the maternity ward in Kherson. "They fired on it three times," he said.', undefined, ['resp RU 1'], ['resp UA 1']],
    ["A source in Ukraine's military intelligence agency said the agency had carried out the drone strike on a refinery in Ryazan.", undefined, ['resp UA 1'], ['resp RU 1']],
    ['Обрыв линии электропередачи в Брянской области произошёл по вине украинского дрона, сообщил губернатор Александр Богомаз.', undefined, ['resp UA 1'], ['resp RU 1']],
    ['Пожежа на підстанції в Харкові виникла з вини російського дрона, повідомив Олег Синєгубов.', undefined, ['resp RU 1'], ['resp UA 1']],
  ];
  checkFactRows(rows);
});

test('a strike practised in an exercise, one in the future, and a name that strikes nothing are no strike', () => {
  const rows: FactRow[] = [
    ['Ukrainian gunners practised artillery strikes on mock positions at a training ground near Lviv, the General Staff said.', undefined, [], ['resp UA 1', 'resp null 1', 'cause attack']],
    ['Российские лётчики отработали удары по условным целям на учениях в Краснодарском крае, сообщили в Минобороны России.', undefined, [], ['resp RU 1', 'cause attack']],
    ['Глава региона заявил, что армия будет и дальше бить по позициям противника под Херсоном.', undefined, [], ['resp RU 1', 'resp UA 1', 'cause attack']],
    ['Should Ukraine strike the Crimean bridge again, the response would be harsh, a Kremlin official warned.', undefined, [], ['resp UA 1', 'cause attack']],
    ['Were Russian forces to hit the dam at Kakhovka, the whole left bank would flood, the governor said.', undefined, [], ['resp RU 1', 'cause attack']],
    // (a club named after its city, "Dynamo Kyiv struck late", still reads as that side's: left alone)
    ['Vorskla struck late to draw 1-1 with Polissya in Zhytomyr on Saturday, the league said.', undefined, [], ['resp null 1', 'cause attack']],
  ];
  checkFactRows(rows);
});

test('a gas accident named as the cause is an accident', () => {
  const rows: FactRow[] = [
    ['Emergency officials in Kharkiv said a gas leak, not a drone, had caused the explosion that destroyed a private house.', undefined, ['cause accident'], ['cause attack']],
    ['Причиной разрушения подъезда в Курске стал взрыв газа, а не удар беспилотника, сообщили в МЧС.', undefined, ['cause accident'], ['cause attack']],
  ];
  checkFactRows(rows);
});
