/**
 * Probes of lane own13: who did a strike that a side's own post tells without its doer (an enemy
 * object destroyed or hit, the praise of the author's own pilots or gunners for their work at a
 * place), each on sentences of our own that are in no gold file (other places, objects and wording
 * than bench/gold/facts/*\/dev-own13.jsonl), in the author's own voice. Must-nots: a loss on the
 * author's own land after an attack of no doer, drones destroyed (an interception), thanks to
 * rescuers, a side in a relative clause after the strike. Labels as test/unit/fact-labels.ts gives them.
 */
import { test } from 'node:test';
import { checkFactRows, type FactRow } from './fact-labels.js';

test("an enemy object destroyed or hit in a side's own post was struck by the author's side", () => {
  const rows: FactRow[] = [
    ['Крім того, поблизу Оріхова знищено склад пально-мастильних матеріалів противника.', 'Оперативне командування «Південь»', ['resp UA 1'], ['resp RU 1']],
    ['В районе Северска уничтожен полевой склад боеприпасов 10-й горно-штурмовой бригады ВСУ.', 'Министерство обороны Российской Федерации', ['resp RU 1'], ['resp UA 1']],
    ['An enemy command post was hit near Vasylivka overnight.', 'Operational Command South', ['resp UA 1'], ['resp RU 1']],
    ['Уражено російський зенітний ракетний комплекс «Бук» поблизу Донецька.', 'Генеральний штаб ЗСУ', ['resp UA 1'], ['resp RU 1']],
  ];
  checkFactRows(rows);
});

test("thanks to the author's own pilots or gunners for their work at a place tell the author's side's strike", () => {
  const rows: FactRow[] = [
    ['Дякуємо пілотам за влучну роботу в Джанкої!', 'Повітряні сили ЗСУ', ['resp UA 1'], ['resp RU 1']],
    ['Thank you to our gunners for the excellent work near Tokmak!', 'General Staff of the Armed Forces of Ukraine', ['resp UA 1'], ['resp RU 1']],
  ];
  checkFactRows(rows);
});

test("no strike of the author's side: a loss on its own land, drones destroyed, thanks to rescuers, a side in a relative clause", () => {
  const rows: FactRow[] = [
    ['Внаслідок обстрілу в Херсоні знищено склад будівельних матеріалів.', 'Олександр Прокудін', ['cause attack'], ['resp UA 1']],
    ['Над Харківщиною знищено 12 російських дронів.', 'Повітряні сили ЗСУ', [], ['resp UA 1']],
    ['Дякуємо рятувальникам за роботу на місці удару в Одесі.', 'Олег Кіпер', [], ['resp UA 1']],
    // (the depot's owner stands only in the relative clause: no doer is read, and not the occupiers)
    ['Точне влучання по складу, з якого окупанти постачали свої війська під Кринками.', 'Повітряні сили ЗСУ', ['cause attack'], ['resp RU 1']],
    ['Ворог готується завдавати нових ударів по Запоріжжю.', 'Іван Федоров', [], ['resp RU 1']],
  ];
  checkFactRows(rows);
});
