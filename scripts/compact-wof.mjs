// One-off: writes data/gazetteer/wof-ua.tsv, the compact copy of the Who's On First Ukraine extract
// that the gazetteer build reads (so that a fresh clone builds without ../shared). Run by hand:
//   node scripts/compact-wof.mjs ../shared/data/wof-ua/wof_ua_compact.json
// Keeps regions, counties and localities; drops neighbourhoods, campuses and the country row.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = process.argv[2] ?? join(root, '..', 'shared', 'data', 'wof-ua', 'wof_ua_compact.json');
const j = JSON.parse(readFileSync(src, 'utf8'));
const keep = new Set(['region', 'county', 'locality']);
const clean = (s) => String(s).replace(/[\t\n\r|]/g, ' ').trim();
const lines = [
  "# Who's On First, Ukraine: regions, counties (raions) and localities with their Ukrainian, Russian",
  '# and English names. Compact copy of whosonfirst-data/whosonfirst-data-admin-ua (snapshot of',
  "# 2025-01-20), made by scripts/compact-wof.mjs. Who's On First's own work is CC0; some of its",
  '# sources (GeoNames, Quattroshapes) are CC BY: attribution in NOTICE. WOF preferred names are',
  '# stale for some renamed places (Kirovohrad, Artemivsk): the build takes display names elsewhere.',
  '# wof_id\tplacetype\tname\tlat\tlon\tparent_wof_id\tgeonames_id\tnames (|-separated)',
];
let n = 0;
for (const r of j.rows) {
  const [id, type, name, lat, lon, parent, gn, names] = r;
  if (!keep.has(type)) continue;
  const vs = [...new Set(names.map(clean).filter((v) => v && v !== clean(name)))];
  lines.push([id, type, clean(name), Number(lat).toFixed(5), Number(lon).toFixed(5), parent ?? '', gn ?? '', vs.join('|')].join('\t'));
  n++;
}
writeFileSync(join(root, 'data', 'gazetteer', 'wof-ua.tsv'), lines.join('\n') + '\n');
console.log(`compact-wof: ${n} rows`);
