/**
 * Russian and Ukrainian lexicons (cue verbs in all their forms, function phrases, actors), loaded
 * once from data/cue-verbs-ru.tsv, data/cue-verbs-uk.tsv, data/ruuk-words.tsv and
 * data/actors-cyrillic.tsv.
 */
import { table } from '../../lexicon/index.js';

/** One reporting verb form. */
export interface RuukCue {
  lemma: string;
  cls: string;
  lang: 'ru' | 'uk';
  /** plural past or present 3rd person ("заявили", "повідомляють"): may stand without a subject. */
  plural: boolean;
  /** languages in which the form is an adverbial participle ("заявив" in Russian, "заявивши" in
   *  Ukrainian, where "заявив" is a past tense): such a form never closes an inverted clause. */
  gerund: string[];
}

/** An actor with its names in both scripts. */
export interface CyrActor {
  keys: string[][];
  latin: string;
  ru: string;
  uk: string;
  type: 'person' | 'organisation' | 'channel';
  side: string;
}

function forms(stems: string, others: string, lang: 'ru' | 'uk'): { form: string; plural: boolean; gerund?: boolean }[] {
  const out: { form: string; plural: boolean; gerund?: boolean }[] = [];
  for (const s of stems.split(',').map((x) => x.trim()).filter((x) => x && x !== '-')) {
    if (lang === 'ru') {
      out.push({ form: s + 'л', plural: false }, { form: s + 'ла', plural: false }, { form: s + 'ло', plural: false },
        { form: s + 'ли', plural: true }, { form: s + 'в', plural: false, gerund: true });
    } else {
      out.push({ form: s + 'в', plural: false }, { form: s + 'ла', plural: false }, { form: s + 'ло', plural: false },
        { form: s + 'ли', plural: true }, { form: s + 'вши', plural: false, gerund: true });
    }
  }
  for (const f of others.split(',').map((x) => x.trim()).filter(Boolean)) {
    out.push({ form: f, plural: /(ют|ят|ут|ли|лись|ться)$/.test(f), gerund: lang === 'ru' && /(я|ая|ив)$/.test(f) && !/ся$/.test(f) });
  }
  return out;
}

function load() {
  const cues = new Map<string, RuukCue>();
  for (const lang of ['ru', 'uk'] as const) {
    for (const [lemma, stems, others, cls] of table(`cue-verbs-${lang}.tsv`)) {
      for (const { form, plural, gerund } of forms(stems ?? '', others ?? '', lang)) {
        const prev = cues.get(form);
        if (prev) { if (gerund) prev.gerund.push(lang); continue; }
        cues.set(form, { lemma: lemma!, cls: cls ?? 'say', lang, plural, gerund: gerund ? [lang] : [] });
      }
    }
  }
  const words = new Map<string, { kind: string; note: string }[]>();
  const phrases: Record<string, string[][]> = {};
  for (const [phrase, kind, note] of table('ruuk-words.tsv')) {
    const p = phrase!.toLowerCase();
    (phrases[kind!] ??= []).push(p.split(' '));
    const list = words.get(p) ?? [];
    list.push({ kind: kind!, note: note ?? '' });
    words.set(p, list);
  }
  for (const k of Object.keys(phrases)) phrases[k]!.sort((a, b) => b.length - a.length);
  const actors: CyrActor[] = [];
  for (const [keys, latin, ru, uk, type, side] of table('actors-cyrillic.tsv')) {
    actors.push({ keys: keys!.split(',').map((k) => k.trim().split(' ')), latin: latin!, ru: ru!, uk: uk!, type: type as CyrActor['type'], side: side! });
  }
  return { cues, phrases, words, actors };
}

let cached: ReturnType<typeof load> | null = null;
/** The Russian/Ukrainian lexicons (loaded on first use). */
export function ruukLexicon(): ReturnType<typeof load> {
  return (cached ??= load());
}
