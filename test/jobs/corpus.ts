/**
 * Generated documents for the queue tests: short fictional reports (written for sitrep) about
 * shelling of towns on given days, by officials of both sides with other casualty figures (so
 * compare finds disputes), plus lightly edited reprints and exact copies of earlier reports under
 * other ids (so reprints must be recognised across workers). Deterministic for a seed.
 */
import { writeFileSync } from 'node:fs';

const TOWNS = ['Kupiansk', 'Izium', 'Kharkiv', 'Sumy', 'Bilopillia', 'Pokrovsk', 'Kramatorsk', 'Kherson', 'Nikopol', 'Sloviansk', 'Vovchansk', 'Chuhuiv'];
const UA = [
  ['Governor', 'Oleh Synehubov'], ['Governor', 'Ivan Fedorov'], ['Governor', 'Vadym Filashkin'], ['Mayor', 'Ihor Terekhov'],
  ['Spokesman', 'Dmytro Lykhovii'], ['Governor', 'Serhiy Lysak'],
];
const RU = [['Spokesman', 'Igor Konashenkov'], ['Governor', 'Vyacheslav Gladkov'], ['Official', 'Vladimir Saldo'], ['Spokeswoman', 'Maria Zakharova']];
const OUTLETS = ['Example Wire', 'Daily Herald', 'Northern Courier', 'Harbour Times', 'Steppe Post', 'Border Gazette', 'Evening Ledger', 'Morning Star Review'];
const FILLER = [
  'Rescue crews worked through the night to clear the rubble from a damaged school.',
  'Residents described a series of loud explosions followed by smoke over the centre.',
  'Power was cut to several districts and repair teams were sent out at dawn.',
  'A hospital on the eastern edge of the town treated the wounded until morning.',
  'Windows were shattered in a row of apartment blocks near the railway station.',
  'The local council opened a shelter in the basement of the library.',
  'Volunteers handed out water and blankets to families whose homes were hit.',
  'A market and two shops near the bus station were badly damaged.',
  'Firefighters spent hours putting out a blaze at a grain warehouse.',
  'The regional administration declared a day of mourning.',
  'Traffic on the main bridge was stopped while engineers checked it for damage.',
  'Schools in the district moved their classes online for the rest of the week.',
  'Air raid sirens sounded three times during the evening.',
  'The water supply was restored in most neighbourhoods by noon.',
  'Police cordoned off the area around a crater in the central square.',
  'Doctors asked residents to donate blood at the city clinic.',
  'A church and a kindergarten were among the buildings hit.',
  'Several cars caught fire in a courtyard behind the post office.',
  'Emergency services said the search for survivors continued.',
  'Gas pipes were damaged and technicians shut off the supply as a precaution.',
];

/** One generated JSON Lines record. */
export interface GenRecord {
  id: string;
  text: string;
  published: string;
  source: string;
  url: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The counts of a generated set: originals, near reprints, exact copies. */
export interface GenCounts {
  originals: number;
  near: number;
  exact: number;
}

/** `n` records: about 85% originals, 10% near reprints, 5% exact copies (of earlier originals). */
export function generate(n: number, seed = 11): { records: GenRecord[]; counts: GenCounts } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const records: GenRecord[] = [];
  const originals: GenRecord[] = [];
  const counts: GenCounts = { originals: 0, near: 0, exact: 0 };
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (originals.length > 20 && roll < 0.05) {
      const o = pick(originals);
      records.push({ ...o, id: `gen-${i}-copy`, source: `mirror/${i}.txt`, url: `https://mirror${i % 7}.example.net/${i}` });
      counts.exact++;
      continue;
    }
    if (originals.length > 20 && roll < 0.15) {
      const o = pick(originals);
      const outlet = pick(OUTLETS);
      const lead = `${outlet} reprinted this report from a regional service on the same day.`;
      records.push({ id: `gen-${i}-reprint`, text: `${lead} ${o.text.slice(o.text.indexOf('. ') + 2)}`, published: o.published, source: `reprints/${i}.txt`, url: `https://reprints.example.org/${i}` });
      counts.near++;
      continue;
    }
    const town = pick(TOWNS);
    const day = 1 + Math.floor(r() * 28);
    const date = `2024-09-${String(day).padStart(2, '0')}`;
    const ua = r() < 0.6;
    const [title, name] = pick(ua ? UA : RU);
    const killed = 1 + Math.floor(r() * 30);
    const wounded = killed + Math.floor(r() * 40);
    const fill = new Set<string>();
    while (fill.size < 3) fill.add(pick(FILLER));
    const street = `${10 + Math.floor(r() * 200)} ${pick(['Peace', 'Freedom', 'Garden', 'River', 'Station', 'Market', 'School'])} Street`;
    const text = ua
      ? `${town} came under heavy shelling on the night of ${day} September, the regional authorities reported. ${title} ${name} said that ${killed} civilians were killed and ${wounded} wounded in the shelling of ${town}. ` +
        `A residential building at ${street} was destroyed. ${[...fill].join(' ')}`
      : `${title} ${name} said on ${day} September that reports of civilian deaths in ${town} were fabricated. ${title} ${name} claimed that ${killed} soldiers were killed near ${town} and that only military targets were struck. ` +
        `A depot at ${street} was hit. ${[...fill].join(' ')}`;
    const rec: GenRecord = { id: `gen-${i}`, text, published: `${date}T${String(6 + (i % 12)).padStart(2, '0')}:00:00Z`, source: `generated/${i}.txt`, url: `https://${pick(OUTLETS).toLowerCase().replace(/ /g, '-')}.example.com/${i}` };
    records.push(rec);
    originals.push(rec);
    counts.originals++;
  }
  return { records, counts };
}

/** Writes `generate(n)` as a JSON Lines file; returns the counts. */
export function writeGenerated(file: string, n: number, seed = 11): GenCounts {
  const { records, counts } = generate(n, seed);
  writeFileSync(file, records.map((x) => JSON.stringify(x)).join('\n') + '\n');
  return counts;
}
