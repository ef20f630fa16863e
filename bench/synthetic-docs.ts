/**
 * The synthetic news corpus of bench:ingest and bench:ingest-writer: PolNeAR paragraphs (train and
 * dev, read in place from ../shared, never copied) recombined into documents of 3–6 paragraphs,
 * about 8% of them exact or near reprints of a recent document, so reprint detection has work.
 */
import type { Document } from '../src/analyze/types.js';
import { readTexts, splitArg } from './polnear.js';

/** The paragraphs of 80–2,000 characters of PolNeAR train and dev, in file order. */
export function polnearParagraphs(tool: string, fromUrl: string, log: (s: string) => void): string[] {
  const paragraphs: string[] = [];
  for (const split of ['train', 'dev']) {
    for (const text of readTexts(splitArg(tool, fromUrl, undefined, split, log)).values()) {
      for (const p of text.split(/\n\s*\n/)) {
        const t = p.trim();
        if (t.length >= 80 && t.length <= 2000) paragraphs.push(t);
      }
    }
  }
  return paragraphs;
}

/** The first day of the synthetic documents' publication dates. */
export const DAY0 = Date.UTC(2024, 0, 1);

/**
 * A maker of document i: fresh paragraphs, or (about 8%) an exact or lightly edited copy of a
 * recent document. Draws from `rand`, so a maker built on a freshly seeded generator builds the
 * same documents every run.
 */
export function documentMaker(paragraphs: readonly string[], rand: () => number): (i: number) => Document {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const recent: string[] = [];
  return (i) => {
    const published = new Date(DAY0 + Math.floor(rand() * 365) * 86_400_000 + Math.floor(rand() * 86_400_000)).toISOString();
    const r = rand();
    let text: string;
    if (recent.length > 50 && r < 0.04) {
      text = pick(recent); // exact reprint
    } else if (recent.length > 50 && r < 0.08) {
      const parts = pick(recent).split('\n\n');
      parts[0] = pick(paragraphs); // new first paragraph: a near reprint
      text = parts.join('\n\n');
    } else {
      const n = 3 + Math.floor(rand() * 4);
      const parts: string[] = [];
      for (let k = 0; k < n; k++) parts.push(pick(paragraphs));
      text = parts.join('\n\n');
      recent.push(text);
      if (recent.length > 2000) recent.splice(0, 1000);
    }
    return { id: `bench-${i.toString(36).padStart(6, '0')}`, text, published, source: `bench/outlet-${i % 97}`, url: null, meta: { siteName: `Outlet ${i % 97}` } };
  };
}
