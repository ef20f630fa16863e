/**
 * Russian morphology from the OpenCorpora dictionary (`az`, src/analyze/ruuk/az.ts and `morph` in
 * src/analyze/ruuk/morph.ts) and where the attribution patterns use it. Expected lemmas and cases
 * written by hand from Russian declension (a form listed with several cases is ambiguous out of
 * context: "губернатора" is genitive or accusative); the sentences are written for the test.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { loadAz, azLoadMs } from '../../src/analyze/ruuk/az.js';
import { beforeSubject, morph, obliqueOnly, setMorphology, type GramCase } from '../../src/analyze/ruuk/morph.js';
import { nominative, nominativePhrase, subjectStart } from '../../src/analyze/ruuk/names.js';

// word, lemma, part of speech, the cases the form must allow, a case it must not allow (or '-')
const FORMS: [string, string, string, GramCase[], GramCase | '-'][] = [
  ['губернатор', 'губернатор', 'NOUN', ['nom'], 'gen'],
  ['губернатора', 'губернатор', 'NOUN', ['gen', 'acc'], 'nom'],
  ['губернатору', 'губернатор', 'NOUN', ['dat'], 'nom'],
  ['губернатором', 'губернатор', 'NOUN', ['ins'], 'nom'],
  ['губернаторе', 'губернатор', 'NOUN', ['loc'], 'nom'],
  ['Родителей', 'родитель', 'NOUN', ['gen', 'acc'], 'nom'],
  ['родители', 'родитель', 'NOUN', ['nom'], 'gen'],
  ['Таможенникам', 'таможенник', 'NOUN', ['dat'], 'nom'],
  ['властей', 'власть', 'NOUN', ['gen'], 'nom'],
  ['власти', 'власть', 'NOUN', ['nom', 'gen'], '-'],
  ['ноября', 'ноябрь', 'NOUN', ['gen'], 'nom'],
  ['году', 'год', 'NOUN', ['loc', 'dat'], 'nom'],
  ['министерства', 'министерство', 'NOUN', ['gen'], '-'],
  ['жителям', 'житель', 'NOUN', ['dat'], 'nom'],
  ['военных', 'военный', 'ADJF', ['gen', 'loc'], 'nom'],
  ['российской', 'российский', 'ADJF', ['gen', 'dat', 'ins', 'loc'], 'nom'],
  ['она', 'она', 'NPRO', ['nom'], 'gen'],
  ['Минобороны', 'минобороны', 'NOUN', ['nom', 'gen'], '-'],
];

describe('morph: lemma and case from the OpenCorpora dictionary', () => {
  after(() => setMorphology(undefined));
  it('loads synchronously in Node', () => {
    const az = loadAz();
    assert.ok(az, 'az did not load');
    assert.ok(azLoadMs > 0);
    assert.ok(az('губернатора').some((p) => p.lemma === 'губернатор' && p.grammemes.includes('gent')));
  });
  for (const [w, lemma, pos, cases, not] of FORMS) {
    it(`${w} → ${lemma} ${pos} ${cases.join('/')}${not === '-' ? '' : ` not ${not}`}`, () => {
      const f = morph(w);
      assert.ok(f, `no analysis of ${w}`);
      assert.equal(f.lemma, lemma);
      assert.equal(f.pos, pos);
      for (const c of cases) assert.ok(f.cases.includes(c), `${w}: cases ${f.cases.join(',')} lack ${c}`);
      if (not !== '-') assert.ok(!f.cases.includes(not), `${w}: cases ${f.cases.join(',')} include ${not}`);
    });
  }
  it('a verb has a lemma and no case', () => {
    const f = morph('призвали');
    assert.equal(f?.lemma, 'призвать');
    assert.equal(f?.pos, 'VERB');
    assert.equal(f?.case, null);
  });
  it('Latin, digits and Ukrainian-only letters get no answer', () => {
    for (const w of ['NATO', '2024', 'Зеленського', 'її']) assert.equal(morph(w), null, w);
  });

  const OBLIQUE: [string, boolean][] = [
    ['Родителей', true], ['Таможенникам', true], ['году', true], ['ноября', true], ['следователя', true],
    ['она', false], ['власти', false], ['Минобороны', false], ['губернатор', false], ['призвали', false],
    // not in the dictionary: no answer, so not oblique
    ['Усматов', false],
  ];
  for (const [w, want] of OBLIQUE) it(`obliqueOnly(${w}) = ${want}`, () => assert.equal(obliqueOnly(w), want));
  it('adverbs may stand before a subject, pronouns and nominatives may not', () => {
    assert.equal(beforeSubject('утром'), true);
    assert.equal(beforeSubject('ранее'), true);
    assert.equal(beforeSubject('он'), false);
    assert.equal(beforeSubject('разведка'), false);
  });

  const PHRASES: [string, string][] = [
    ['властей', 'власти'],
    ['жителей', 'жители'],
    ['военных', 'военные'],
    ['лидера КПРФ', 'лидер КПРФ'],
    ['немецкого издания', 'немецкое издание'],
    ['российской силовой структуре', 'российская силовая структура'],
    ['губернатора Курской области', 'губернатор Курской области'],
    // already nominative, or a word before the head the dictionary does not know: unchanged
    ['власти Бразилии', 'власти Бразилии'],
    ['замкомандира взвода', 'замкомандира взвода'],
  ];
  for (const [p, want] of PHRASES) it(`nominativePhrase(${p}) = ${want}`, () => assert.equal(nominativePhrase(p, 'ru'), want));
  it('Ukrainian phrases are left as they are', () => assert.equal(nominativePhrase('влади', 'uk'), 'влади'));

  it('the name table comes before the dictionary (female surnames)', () => {
    assert.equal(nominative('Москальковой', 'ru'), 'Москалькова');
    assert.equal(nominative('Пескова', 'ru'), 'Песков');
    assert.equal(nominative('Игоря', 'ru'), 'Игорь');
  });

  const SUBJECT: [string, number][] = [
    ['Таможенникам она', 1],
    ['Сотрудникам правоохранительных органов Асламбек', 3],
    ['ноября украинская военная разведка', 1],
    ['утром Лысак', 1],
    ['ходе встречи в Париже президент', 4],
    ['Родителей', -1],
    ['Москвичам', -1],
    ['Путин', 0],
  ];
  for (const [p, want] of SUBJECT) {
    it(`subjectStart(${p}) = ${want}`, () => assert.equal(subjectStart(p.split(' '), 'ru', (l) => l === 'в' || l === 'с'), want));
  }
  it('subjectStart is 0 for Ukrainian', () => assert.equal(subjectStart(['Таможенникам', 'вона'], 'uk', () => false), 0));
});

describe('attribution with the dictionary (Russian)', () => {
  const ROWS: { text: string; cue: string; speaker: string | null; who?: string | null }[] = [
    { text: 'Женщину задержали на границе. Таможенникам она заявила, что сумки поддельные.', cue: 'заявила', speaker: 'она' },
    { text: 'Сотрудникам полиции Асламбек сообщил, что не помнит аварии.', cue: 'сообщил', speaker: 'Асламбек' },
    { text: 'В начале ноября украинская военная разведка заявила о первом бое.', cue: 'заявила', speaker: 'украинская военная разведка' },
    { text: 'Родителей призвали отказаться от гаджетов.', cue: 'призвали', speaker: null },
    { text: 'По данным властей, погибших нет.', cue: 'По данным', speaker: 'властей', who: 'власти' },
    { text: 'Со слов жителей, взрывов было два.', cue: 'Со слов', speaker: 'жителей', who: 'жители' },
    { text: 'В ходе встречи в Париже президент Франции Эмманюэль Макрон заявил, что мир близок.', cue: 'заявил', speaker: 'президент Франции Эмманюэль Макрон', who: 'Emmanuel Macron' },
    { text: 'В 2021 году он заявил, что купил билет.', cue: 'заявил', speaker: 'он' },
    // unchanged by the dictionary: an organisation after "в", a plain subject
    { text: 'В посольстве США на Украине предупредили о возможной атаке.', cue: 'предупредили', speaker: 'посольстве США на Украине' },
    { text: 'В Кремле заявили, что переговоров нет.', cue: 'заявили', speaker: 'Кремле', who: 'Kremlin' },
    { text: 'Путин заявил, что ущерб минимален.', cue: 'заявил', speaker: 'Путин', who: 'Vladimir Putin' },
  ];
  for (const r of ROWS) {
    it(`${r.cue}: ${r.text}`, () => {
      const a = analyze({ id: 'x', text: r.text });
      const c = a.claims.find((x) => x.cue?.text === r.cue);
      assert.ok(c, `no claim with cue '${r.cue}' in: ${JSON.stringify(a.claims.map((x) => [x.speaker?.text, x.cue?.text]))}`);
      assert.equal(c.speaker ? c.speaker.text : null, r.speaker);
      if (c.speaker) assert.equal(r.text.slice(c.speaker.start, c.speaker.end), c.speaker.text);
      if (r.who !== undefined) assert.equal(c.speaker?.name ?? null, r.who);
    });
  }
  it('without a dictionary (a browser) the suffix tables answer alone', () => {
    setMorphology(null);
    try {
      assert.equal(morph('губернатора'), null);
      assert.equal(nominativePhrase('властей', 'ru'), 'властей');
      assert.equal(nominative('Москальковой', 'ru'), 'Москалькова');
    } finally {
      setMorphology(undefined);
    }
    assert.equal(morph('губернатора')?.lemma, 'губернатор');
  });
});
