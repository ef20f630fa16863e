/**
 * The readers chosen by content (src/ingest/index.ts): sniffing, HTML pages, RSS and Atom feeds,
 * Markdown, JSON Lines, folders, bad files. Fixtures in test/fixtures/ingest/ are fictional and
 * written for these tests; expected values were read off the fixtures by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ErrorCode, InputError } from '../../src/errors.js';
import { ingestId, normaliseDate } from '../../src/ingest/index.js';
import { sniff, frontMatter } from '../../src/ingest/index.js';
import { readHtml } from '../../src/ingest/html.js';
import { collect, collectBytes, fixture } from './ingest-helpers.js';

const b = (s: string): Buffer => Buffer.from(s, 'utf8');

test('sniff: the reader comes from the content; the name only breaks ties', () => {
  const rows: [string, string, string][] = [
    ['Plain words.', 'a.txt', 'text'],
    ['Plain words.', 'a.html', 'text'], // no markup: read as text whatever the name
    ['# Title\n\ntext', 'a.md', 'markdown'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'page.txt', 'html'],
    ['  \n<p>fragment</p>', 'x', 'html'],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'feed.txt', 'rss'],
    ['<?xml version="1.0"?>\n<!-- c -->\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>', 'f', 'rss'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'f.xml', 'atom'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'f.xhtml', 'html'],
    ['{"text": "a"}\n{"text": "b"}\n', 'x.json', 'jsonl'],
    ['{\n "name": "Chat",\n "messages": []\n}', 'result.json', 'telegram'],
    ['{"name": "Chat", "type": "public_channel", "id": 1, "messages": []}', 'result.json', 'telegram'],
    ['{\n "text": "pretty"\n}', 'x.jsonl', 'jsonl'],
    ['\uFEFFPlain words.', 'a.txt', 'text'],
    ['[Update] Shelling resumed at dawn.', 'a.txt', 'text'],
    ['[Update] Shelling resumed at dawn.', 'noext', 'text'],
    ['{braces} open this note.', 'b', 'text'],
    ['{\nnot really json\n}', 'notes.md', 'markdown'],
    ['{"text": 1', 'broken.json', 'jsonl'], // its bad line is reported by the JSON Lines reader
  ];
  for (const [content, name, want] of rows) assert.equal(sniff(b(content), name), want, `${name}: ${content.slice(0, 30)}`);
  assert.equal(sniff(b('Plain words.'), 'https://x.example/a.rss', 'text/plain'), 'text');
  assert.equal(sniff(b('Plain words.'), 'https://x.example/a', 'text/html'), 'html');
});

test('sniff: clear errors for binary, UTF-16, empty and contradicted names', () => {
  const rows: [Uint8Array, string, string, RegExp][] = [
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'x.html', ErrorCode.Binary, /binary file/],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x41]), 'x.txt', ErrorCode.Binary, /binary file/],
    [Buffer.from('%PDF-1.7\nabc'), 'x.txt', ErrorCode.Binary, /binary file/],
    [Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'x.txt', ErrorCode.Utf16, /UTF-16/],
    [Buffer.alloc(0), 'x.txt', ErrorCode.Empty, /empty file/],
    [b(' \n\t '), 'x.txt', ErrorCode.Empty, /only whitespace/],
    [b('just words'), 'feed.rss', ErrorCode.Format, /named like an RSS or Atom feed, but its content is plain text/],
    [b('just words'), 'result.json', ErrorCode.Format, /named like JSON/],
    [b('<?xml version="1.0"?><config/>'), 'c.xml', ErrorCode.Format, /XML, but not an RSS or Atom feed/],
  ];
  for (const [bytes, name, code, re] of rows) {
    assert.throws(() => sniff(bytes, name), (e: unknown) => e instanceof InputError && e.code === code && re.test(e.message) && e.file === name, name);
  }
});

test('HTML: JSON-LD date, authors and headline; site name; language; main text without navigation, scripts or footer', async () => {
  const r = await collect([fixture('article-jsonld.html')]);
  assert.equal(r.skips.length, 0);
  const d = r.docs[0]!;
  assert.equal(d.published, '2025-05-15T08:20:00+03:00');
  assert.equal(d.lang, 'en-GB');
  assert.equal(d.source, 'Valley Gazette');
  assert.equal(d.meta.byline, 'Olena Hrytsenko, Mark Ives');
  assert.equal(d.meta.title, 'Bridge at Lisove closed after overnight strikes');
  assert.equal(d.meta.format, 'html');
  assert.equal(d.meta.canonicalUrl, undefined, 'a relative canonical link has no base in a local file');
  assert.equal(d.text, [
    'Bridge at Lisove closed after overnight strikes',
    'The road bridge over the river at Lisove was closed to all traffic on Thursday after it was hit twice overnight, the regional roads service said.',
    'Engineers found cracks in two of the supports and damage to the deck, the service said in a statement. A pontoon crossing would be set up within days, it added, but heavy lorries would have to take a detour of about 60 km.',
    '"We cannot let a single car on it until the inspection is finished," said the head of the service, Andrii Koval. "The supports took the blast directly."',
    'Detour via Stara Hreblia\nBuses suspended until Monday',
    'No one was hurt in the strikes, which came shortly after 3 a.m., according to local officials.',
  ].join('\n\n'));
  for (const bad of ['never run', 'color: red', 'Home', 'Advertising']) assert.ok(!d.text.includes(bad), bad);
});

test('HTML: Dublin Core meta tags; the canonical link resolved against the page URL', () => {
  const page = readHtml('<html><head><title>T</title><link rel="canonical" href="/a/b?c=1"><meta property="og:url" content="https://other.example/x"><meta name="date" content="Thu, 15 May 2025 17:30:00 +0300"></head><body><p>Body text here.</p></body></html>',
    { file: 'p' }, 'https://news.example/path/page.html');
  assert.equal(page.canonicalUrl, 'https://news.example/a/b?c=1');
  assert.equal(page.published, '2025-05-15T17:30:00+03:00');
  assert.equal(page.text, 'T\n\nBody text here.');
  const js = readHtml('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>x y z</p></body></html>', { file: 'p' }, 'https://news.example/');
  assert.equal(js.canonicalUrl, undefined, 'only http(s) links are kept');
});

test('HTML: Dublin Core fixture and a page with no text', async () => {
  const r = await collect([fixture('article-meta.html')]);
  const d = r.docs[0]!;
  assert.equal(d.published, '2025-05-16');
  assert.equal(d.meta.byline, 'Northline staff');
  assert.ok(d.text.startsWith('Evacuation from border villages continues\n\nBuses took another 300 people'));
  const empty = await collectBytes('<html><body><script>x()</script></body></html>', 'empty.html');
  assert.equal(empty.skips[0]?.error.code, ErrorCode.Empty);
  assert.match(empty.skips[0]!.error.message, /no text in the page/);
});

test('HTML: a page in windows-1251 that says so is decoded; undeclared invalid UTF-8 is an error naming the line', async () => {
  // "Київ" in windows-1251: CA E8 BF E2
  const cp1251 = Buffer.concat([b('<html><head><meta charset="windows-1251"></head><body><p>'), Buffer.from([0xca, 0xe8, 0xbf, 0xe2]), b(' said.</p></body></html>')]);
  const r = await collectBytes(cp1251, 'kyiv.html');
  assert.equal(r.docs[0]?.text, 'Київ said.');
  const bad = await collectBytes(Buffer.concat([b('<html><body>\n<p>'), Buffer.from([0xca, 0xe8]), b('</p></body></html>')]), 'bad.html');
  assert.equal(bad.skips[0]?.error.code, ErrorCode.InvalidUtf8);
  assert.equal((bad.skips[0]!.error as InputError).line, 2);
});

test('HTML: a hostile page nested 200,000 deep is flattened and read (not minutes of parsing); 1,000 deep is read normally', async () => {
  for (const n of [1000, 200_000]) {
    const deep = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}deep text &amp; here${'</div>'.repeat(n)}<p>after</p></body></html>`;
    const r = await collectBytes(deep, 'deep.html');
    assert.equal(r.docs[0]?.text, 'Deep\n\ndeep text & here\n\nafter', String(n));
  }
});

test('normaliseDate: ISO kept as written, RFC 822 with offsets and zone names, nonsense refused', () => {
  const rows: [string, string | undefined][] = [
    ['2025-05-15T08:20:00+03:00', '2025-05-15T08:20:00+03:00'],
    ['2025-05-15 08:20', '2025-05-15T08:20'],
    ['2025-05-15', '2025-05-15'],
    ['Thu, 15 May 2025 17:30:00 +0300', '2025-05-15T17:30:00+03:00'],
    ['Wed, 14 May 2025 21:05:00 GMT', '2025-05-14T21:05:00Z'],
    ['15 May 2025 09:00 EST', '2025-05-15T09:00:00-05:00'],
    ['Thu, 15 May 25 17:30:00 -0130', '2025-05-15T17:30:00-01:30'],
    ['Thu, 31 Feb 2025 10:00:00 GMT', undefined],
    ['Thu, 15 May 2025 17:30:00 XYZ', undefined],
    ['not a date', undefined],
    ['2025-13-01', undefined],
  ];
  for (const [input, want] of rows) assert.equal(normaliseDate(input), want, input);
});

test('RSS 2.0: one document per item; link, RFC 822 date, creator; HTML in descriptions reduced to text', async () => {
  const r = await collect([fixture('feed.rss')]);
  assert.equal(r.skips.length, 0);
  assert.deepEqual(r.docs.map((d) => [d.url, d.published]), [
    ['https://northline.example/region/power-back-verkhnia-kalyna', '2025-05-15T17:30:00+03:00'],
    ['https://northline.example/region/pryozerne-school', '2025-05-14T21:05:00Z'],
    ['https://northline.example/region/bridge', null],
  ]);
  assert.equal(r.docs[0]!.text, 'Power back in most of Verkhnia Kalyna\n\nElectricity has been restored to most homes in Verkhnia Kalyna, the administration said.\n\nAbout 2,000 households are still waiting.');
  assert.equal(r.docs[0]!.meta.byline, 'Northline staff');
  assert.equal(r.docs[0]!.source, 'Northline — Region');
  assert.equal(r.docs[0]!.lang, 'en');
  assert.equal(r.docs[1]!.meta.title, 'Shelling damages school in Pryozerne & two houses');
  assert.equal(r.docs[2]!.text, 'Bridge closed\n\nThe bridge at Lisove was closed.');
  assert.equal(r.docs[0]!.id, ingestId('https://northline.example/region/power-back-verkhnia-kalyna', r.docs[0]!.text));
  assert.deepEqual(r.events.map((e) => e.location.replace(/^.*\//, '')), ['feed.rss#item 1', 'feed.rss#item 2', 'feed.rss#item 3']);
});

test('Atom: alternate link, published before updated, html content, summary', async () => {
  const r = await collect([fixture('feed.atom')]);
  assert.equal(r.skips.length, 0);
  assert.deepEqual(r.docs.map((d) => [d.url, d.published, d.meta.format]), [
    ['https://fieldnotes.example/2025/lisove-crossing', '2025-05-16T08:45:00+02:00', 'atom'],
    ['https://fieldnotes.example/2025/weekly-20', '2025-05-12T18:00:00Z', 'atom'],
  ]);
  assert.equal(r.docs[0]!.text, 'Crossing at Lisove: what the photos show\n\nThree photos posted on Thursday show damage to two supports of the Lisove bridge.\n\nWe could not confirm when they were taken.');
  assert.equal(r.docs[0]!.meta.byline, 'A. Rowan');
  assert.equal(r.docs[1]!.text, 'Weekly note\n\nQuiet week on the southern sector, with artillery exchanges near Pryozerne.');
});

test('feeds that are broken: good items kept, the broken one named by item and line; not XML; not a feed', async () => {
  const broken = await collect([fixture('feed-broken.rss')]);
  assert.deepEqual(broken.docs.map((d) => d.url), ['https://broken.example/1', 'https://broken.example/3']);
  assert.equal(broken.skips.length, 1);
  assert.match(broken.skips[0]!.location, /feed-broken\.rss#item 2$/);
  assert.equal((broken.skips[0]!.error as InputError).line, 11);
  assert.match(broken.skips[0]!.error.message, /feed item 2 is not well-formed XML/);
  const notXml = await collect([fixture('not-xml.rss')]);
  assert.equal(notXml.docs.length, 0);
  assert.equal(notXml.skips[0]!.error.code, ErrorCode.Format);
  const notFeed = await collect([fixture('not-feed.xml')]);
  assert.equal(notFeed.skips[0]!.error.code, ErrorCode.Format);
  const garbage = await collectBytes('<rss><channel><title>x</title><item><title>a</ti', 'cut.rss');
  assert.equal(garbage.docs.length, 0);
  assert.match(garbage.skips[0]!.error.message, /feed item 1 is not closed|not well-formed/);
});

test('feed bodies: CDATA and escaped HTML mixed, Atom xhtml and html titles, an item nested too deep, an entity bomb', async () => {
  const deep = `<?xml version="1.0"?><rss><channel><title>T &amp; U</title><item><title>${'<x>'.repeat(1000)}deep${'</x>'.repeat(1000)}</title></item>`
    + '<item><title>Ok</title><description><![CDATA[<p>x &amp; y</p>]]> &lt;b&gt;z&lt;/b&gt; &amp;amp;</description></item></channel></rss>';
  const r = await collectBytes(deep, 'deep.rss');
  assert.deepEqual(r.docs.map((d) => [d.text, d.source]), [['Ok\n\nx & y\n\nz &', 'T & U']]);
  assert.deepEqual(r.skips.map((k) => [k.location, k.error.code]), [['deep.rss#item 1', ErrorCode.Format]]);
  assert.match(r.skips[0]!.error.message, /feed item 1 cannot be read/);
  const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title type="html">A &amp;lt;b&amp;gt;</title>'
    + '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi &amp; <b>there</b></p><p>Two</p></div></content></entry>'
    + '<entry><title>T</title><summary>a &lt; b</summary></entry></feed>';
  assert.deepEqual((await collectBytes(atom, 'a.atom')).docs.map((d) => d.text), ['A <b>\n\nHi & there\n\nTwo', 'T\n\na < b']);
  const levels = ['a', 'b', 'c', 'd', 'e', 'f'];
  const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">${levels.slice(1).map((l, i) => `<!ENTITY ${l} "${`&${levels[i]};`.repeat(10)}">`).join('')}]>`
    + '<rss><channel><item><title>&f;&f;&f;&f;&f;&f;</title></item></channel></rss>';
  const b = await collectBytes(bomb, 'bomb.rss');
  for (const d of b.docs) assert.ok(d.text.length < 10_000, 'entities are not expanded a million times');
});

test('binary file renamed .html: skipped with a message naming the file', async () => {
  const r = await collect([fixture('image-renamed.html')]);
  assert.equal(r.docs.length, 0);
  const e = r.skips[0]!.error as InputError;
  assert.equal(e.code, ErrorCode.Binary);
  assert.equal(e.file, fixture('image-renamed.html'));
});

test('Markdown: front matter gives title, author and date and is left out of the text; the text is kept as written', async () => {
  const r = await collect([fixture('notes.md')]);
  const d = r.docs[0]!;
  assert.equal(d.text, '# Field log\n\nThe pontoon crossing at Lisove was **not yet** in place by noon, drivers said.\n');
  assert.equal(d.meta.title, 'Field log, 16 May');
  assert.equal(d.meta.byline, 'A. Rowan');
  assert.equal(d.published, '2025-05-16');
  assert.equal(frontMatter('no front matter'), null);
  assert.deepEqual(frontMatter('---\ntitle: \'A\'\nlist: [1]\n---\nBody'), { fields: { title: 'A' }, body: 'Body' });
});

test('JSON Lines: good records kept, bad ones named by line; own id kept, else locator + text', async () => {
  const r = await collect([fixture('records.jsonl')]);
  assert.deepEqual(r.docs.map((d) => d.text), [
    'The administration said 300 people were evacuated on Friday.',
    'Two houses were damaged in Pryozerne overnight, officials said.',
    'The bridge stays closed, the roads service said.',
  ]);
  assert.equal(r.docs[0]!.id, 'rec-1');
  assert.equal(r.docs[0]!.meta.locator, 'https://northline.example/evac');
  assert.equal(r.docs[0]!.source, 'Northline');
  assert.equal(r.docs[1]!.id, ingestId(r.docs[1]!.meta.locator, r.docs[1]!.text));
  assert.match(r.docs[1]!.meta.locator, /^file:\/\/.*records\.jsonl:2$/);
  assert.deepEqual(r.skips.map((s) => [(s.error as InputError).line, s.error.code]), [
    [4, ErrorCode.Empty], [5, ErrorCode.JsonSyntax], [6, ErrorCode.JsonShape], [7, ErrorCode.JsonShape],
  ]);
  const again = await collect([fixture('records.jsonl')]);
  assert.deepEqual(again.docs.map((d) => d.id), r.docs.map((d) => d.id), 're-reading gives the same ids');
});

test('JSON Lines ids: spaces around an id are dropped; spaces or control characters inside, or only spaces, skip the record by line', async () => {
  const lines = [
    '{"id": " rec-1", "text": "one"}', // a leading space: the id is rec-1
    '{"id": "rec-2\\t", "text": "two"}', // a trailing tab (escaped in JSON)
    '{"id": "rec 3", "text": "three"}', // a space inside: refused
    '{"id": "rec\\u00074", "text": "four"}', // a control character inside: refused
    '{"id": "   ", "text": "five"}', // nothing but spaces: refused
    '{"id": "рек-6", "text": "six"}', // another script is fine
  ];
  const r = await collectBytes(b(lines.join('\n') + '\n'), 'ids.jsonl');
  assert.deepEqual(r.docs.map((d) => [d.id, d.text]), [['rec-1', 'one'], ['rec-2', 'two'], ['рек-6', 'six']]);
  assert.deepEqual(r.skips.map((s) => [(s.error as InputError).line, s.error.code]), [
    [3, ErrorCode.JsonShape], [4, ErrorCode.JsonShape], [5, ErrorCode.JsonShape],
  ]);
  assert.match(r.skips[0]!.error.message, /"rec 3"/);
});

test('folders: read recursively in name order; dotfiles and media passed over; unreadable entries and missing paths named', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  try {
    mkdirSync(join(dir, 'b-sub'));
    mkdirSync(join(dir, '.hidden'));
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'c.txt'), 'Third text.');
    writeFileSync(join(dir, 'a.txt'), 'First text.');
    writeFileSync(join(dir, 'b-sub', 'inner.md'), 'Second text.');
    writeFileSync(join(dir, '.hidden', 'x.txt'), 'hidden');
    writeFileSync(join(dir, '.dotfile'), 'hidden');
    writeFileSync(join(dir, 'photos', 'p.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    writeFileSync(join(dir, 'd.bin'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'e.txt'), 'Locked text.');
    const locked = process.getuid?.() !== 0;
    if (locked) chmodSync(join(dir, 'e.txt'), 0o000);
    const r = await collect([dir, join(dir, 'missing.txt')], { defaultPublished: '2025-05-16' });
    assert.deepEqual(r.docs.map((d) => d.text), ['First text.', 'Second text.', 'Third text.', ...(locked ? [] : ['Locked text.'])]);
    assert.equal(r.docs[0]!.published, '2025-05-16');
    const codes = r.skips.map((s) => [s.location.slice(dir.length + 1), s.error.code]);
    assert.deepEqual(codes, [['d.bin', ErrorCode.Binary], ...(locked ? [['e.txt', ErrorCode.Unreadable]] : []), ['missing.txt', ErrorCode.NotFound]]);
    if (!locked) t.diagnostic('running as root: the unreadable-file case was not checked');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size cap: a text file over maxSize is refused without being read; a JSON Lines line over it is skipped alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  try {
    writeFileSync(join(dir, 'big.txt'), 'word '.repeat(1000));
    writeFileSync(join(dir, 'lines.jsonl'), `{"text": "short one"}\n{"text": "${'x'.repeat(3000)}"}\n{"text": "short two"}\n`);
    const r = await collect([join(dir, 'big.txt'), join(dir, 'lines.jsonl')], { maxSize: 2000 });
    assert.deepEqual(r.docs.map((d) => d.text), ['short one', 'short two']);
    assert.deepEqual(r.skips.map((s) => [s.error.code, (s.error as InputError).line]), [[ErrorCode.TooLarge, null], [ErrorCode.TooLarge, 2]]);
    assert.match(r.skips[0]!.error.message, /file is 4\.9 KB, which is over the --max-size limit of 2\.0 KB/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('standard input: JSON Lines and Telegram exports are streamed past the first 64 KB; text read whole; binary refused', () => {
  const mod = fileURLToPath(new URL('../../src/ingest/index.js', import.meta.url));
  const script = `const { readSources } = await import(${JSON.stringify(mod)});
    const out = [];
    for await (const e of readSources(['-'], { maxSize: Number(process.argv[1]) })) out.push(e.kind === 'document' ? e.document.meta.format + ':' + e.document.text.length : e.error.code + '@' + e.location);
    console.log(JSON.stringify(out));`;
  const run = (input: string | Buffer, maxSize = 1 << 20): string[] => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, String(maxSize)], { input, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as string[];
  };
  const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ text: `Record ${i} says the bridge is closed.` })).join('\n');
  assert.ok(lines.length > 65536);
  const jl = run(`${lines}\nnot json\n`, 4096);
  assert.equal(jl.length, 2001);
  assert.equal(jl[1999], 'jsonl:38'); // 'Record 1999 says the bridge is closed.'
  assert.equal(jl[2000], 'E_JSONL_SYNTAX@<stdin>:2001');
  const tg = run(JSON.stringify({ name: 'C', type: 'public_channel', id: 1, messages: Array.from({ length: 2000 }, (_, i) => ({ id: i + 1, type: 'message', date_unixtime: '1747215697', text: `Post number ${i} from the channel.` })) }, null, 1), 4096);
  assert.equal(tg.length, 2000);
  assert.equal(tg[0], 'telegram:31'); // 'Post number 0 from the channel.'
  assert.deepEqual(run('Plain text on stdin.'), ['text:20']);
  assert.deepEqual(run('word '.repeat(2000), 4096), ['E_TOO_LARGE@<stdin>']);
  assert.deepEqual(run(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])), ['E_BINARY@<stdin>']);
});
