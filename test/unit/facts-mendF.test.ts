/**
 * Lane mendF: misreadings of the claim-facts rules of lanes factsEN and factsRU, found with probes
 * written for this lane (new sentences in the style of officials' statements and ministries' posts,
 * about no incident of the benches). The expected facts were written by hand, from the sentences'
 * meaning, before the rules were changed; each row failed on the unchanged build or guards a reading
 * a fix could break.
 */
import { test } from 'node:test';
import { checkFactRows } from './fact-labels.js';

const check = checkFactRows;

test('an attack named inside a denied involvement is no strike by the one who denies it ("мы не имеем отношения к атаке")', () => {
  check([
    ['«Мы не имеем никакого отношения к атаке беспилотников на аэродром в Житомирской области», — заявил пресс-секретарь Кремля Дмитрий Песков.', undefined, ['resp RU -1'], ['resp RU 1']],
    ['Михайло Подоляк заявив, що Україна не має прямої причетності до атаки безпілотників на нафтобази в Брянській області.', undefined, ['resp UA -1'], ['resp UA 1']],
    ['«Ми не причетні до удару дронів по нафтобазі в Бєлгороді», — заявив речник ГУР Андрій Юсов.', undefined, ['resp UA -1'], ['resp UA 1']],
    ['«Ми із задоволенням спостерігаємо за подіями і прогнозуємо, що таких атак дронів на Москву побільшає», — сказав Михайло Подоляк.', undefined, [], ['resp UA 1']],
    // the pronoun still names the doer when it is the subject of the act, negated after it
    ['Михаил Подоляк заявил, что удар по рынку в Донецке нанесли не мы: это была российская ракета.', undefined, ['resp UA -1'], ['resp UA 1']],
  ]);
});

test('a year before the war dates a claim as history only "in" it, not "since" it (one data-driven check for both scripts)', () => {
  check([
    ['Мэр Киева Виталий Кличко заявил, что впервые с 1945 года по Киеву был нанесен такой массированный удар российских ракет.', undefined, ['resp RU 1'], []],
    ['Mayor Vitali Klitschko said it was the heaviest Russian missile strike on Kyiv since 1941.', undefined, ['resp RU 1'], []],
    ['Историк напомнил, что в 1944 году советские войска освободили Севастополь, а немецкая авиация бомбила Одессу.', undefined, [], ['control holds null 1', 'cause attack']],
    ['Історик нагадав, що восени 1943 року радянські війська звільнили Київ.', undefined, [], ['control holds null 1', 'control holds RU 1']],
    ['A historian said the city centre had been bombed by German aircraft in 1941.', undefined, [], ['cause attack']],
  ]);
});

test('an assault repelled in English is an advance stopped, no strike by the attacker; an air attack repelled is still one', () => {
  check([
    ["Russia's defence ministry said its forces repelled four attacks by Ukrainian assault groups near Robotyne.", undefined, ['advance UA -1'], ['resp UA 1', 'cause attack']],
    ["Ukraine's General Staff said its troops repulsed 12 Russian attacks near Pokrovsk.", undefined, [], ['resp RU 1', 'cause attack']],
    ["Russia's defence ministry said air defences repelled an attack by Ukrainian drones on Moscow.", undefined, ['resp UA 1'], []],
  ]);
});

test('a capture a side claims with no captor named ("had been fully captured") is its own; a capture it rejects is not', () => {
  check([
    ["The village of Krasnohorivka had been fully captured, Russia's defence ministry said.", undefined, ['control holds RU 1'], ['control holds null 1']],
    ["Russia's defence ministry said the village of Krasnohorivka had been fully captured.", undefined, ['control holds RU 1'], []],
    ['Ukrainian troops still hold part of the town, military spokesman Oleksandr Shtupun said on Friday, rejecting Russian claims that the town had been fully captured.', undefined, [], ['control holds UA 1', 'control holds UA -1']],
  ]);
});

test('a strike a side "continues" against "only" one kind of target is a policy, no account of a strike; a strike on "only military targets" last night is one', () => {
  check([
    ["Russia's defence ministry said Russia continues to strike military targets only in Ukraine.", undefined, [], ['resp RU 1', 'cause attack']],
    ["Russia's defence ministry said Russian forces struck only military targets in Kharkiv overnight.", undefined, ['resp RU 1'], []],
  ]);
});

test('a strike named as the topic of a version or rumour ("версия об ударе ВСУ не подтверждается") is no account of it', () => {
  check([
    ['Росавиация сообщила, что причиной аварии стала техническая неисправность двигателя, версия об ударе ВСУ не подтверждается.', undefined, ['cause accident'], ['resp UA 1']],
    ['Речник Повітряних сил заявив, що чутки про удар ЗСУ по аеродрому в Криму не відповідають дійсності.', undefined, [], ['resp UA 1']],
    // a strike told as such stays one
    ['Губернатор Гладков сообщил, что возгорание на крыше дома произошло после удара двух украинских беспилотников.', undefined, ['resp UA 1'], []],
  ]);
});

test('a vow not to allow attacks ("мы не допустим новых атак ВСУ") is no denial that they happened', () => {
  check([
    ['Губернатор Вячеслав Гладков заявил, что мы не допустим новых атак ВСУ на Белгород.', undefined, [], ['resp UA -1', 'resp UA 1']],
    ['Сирський заявив, що ми не дозволимо нових ударів росіян по Харкову.', undefined, [], ['resp RU -1', 'resp RU 1']],
  ]);
});
