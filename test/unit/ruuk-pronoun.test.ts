/**
 * Table tests for Russian and Ukrainian pronoun speakers ("Он подчеркнул", "по его словам", "За його
 * словами") whose antecedent is a person no actor list knows (src/analyze/attribution/patterns-ruuk.ts
 * `recentSurname`, surname endings in data/ruuk-words.tsv). Texts written for these tests, with
 * invented people; the expected speakers were worked out by hand: the last capitalised word with a
 * surname ending in the nominative, not opening its sentence, with the first name before it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

/** [speaker text, speaker name, cue] of each claim. */
function claims(text: string): [string | null, string | null, string | null][] {
  const a = analyze({ id: 't', text, published: '2024-12-01T10:00:00Z' });
  for (const c of a.claims) if (c.speaker) assert.equal(a.text.slice(c.speaker.start, c.speaker.end), c.speaker.text);
  return a.claims.map((c) => [c.speaker?.text ?? null, c.speaker?.name ?? null, c.cue?.text ?? null]);
}

describe('pronoun speakers resolved to a person named before', () => {
  const cases: [string, string, [string | null, string | null, string | null][]][] = [
    ['ru: "Он подчеркнул" after a first name and surname in -ов',
      'Директор завода Игорь Пахомов провёл встречу с рабочими. Он подчеркнул, что зарплаты вырастут в следующем году.',
      [['Он', 'Игорь Пахомов', 'подчеркнул']]],
    ['ru: "По его словам" after a title and a bare surname (an abbreviation before it is no first name)',
      'Новые отделения откроются весной, — рассказал глава филиала МКБ Сидоренко. По его словам, очередей станет меньше.',
      [['глава филиала МКБ Сидоренко', 'Сидоренко', 'рассказал'], ['его', 'Сидоренко', 'По его словам']]],
    ['ru: a Georgian surname in -швили',
      'Посол Нодар Кавтарашвили покинул свой пост. Он заявил, что не согласен с решением правительства.',
      [['Он', 'Нодар Кавтарашвили', 'заявил']]],
    ['uk: "За його словами" after a surname in -чук',
      'Голова громади Петро Ковальчук відвідав школу. За його словами, ремонт завершать до осені.',
      [['його', 'Петро Ковальчук', 'За його словами']]],
    // a surname in an oblique case is an object, not the antecedent; a town in -ов is no person
    ['ru: a surname in the genitive is not taken',
      'Журналисты долго ждали Петрова у входа. Он заявил, что комментариев не будет.',
      [['Он', null, 'заявил']]],
    ['ru: a town in -ов is not taken',
      'Вечером в Саратов прибыла делегация. Он заявил, что визит продлится два дня.',
      [['Он', null, 'заявил']]],
  ];
  for (const [what, text, expected] of cases) test(what, () => assert.deepEqual(claims(text), expected));
});
