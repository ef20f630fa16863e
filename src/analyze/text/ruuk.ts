/**
 * Sentences of Russian and Ukrainian posts (part of stage `text`): what a channel puts around its
 * words is kept out of sentences, so it is never a claim nor a claim's content.
 *
 * - Footer and signature lines: a line whose words are few (≤ 12, Markdown, link addresses and
 *   emoji set aside), that has a link or a mention and a call word of data/ruuk-footers.tsv
 *   ("🔴 [Подписаться](…) | [Прислать новость](…)", "Читать нас без VPN можно здесь: bit.ly/…",
 *   "🔍 Підписуйтесь https://t.me/…"), or a line of links, mentions, hashtags and emoji only
 *   ("@banksta", "https://bbc.in/…", "#новости"): no sentence.
 * - Marks at a sentence's edges: emoji, bullets (• ▪ ►), Markdown marks (** __ ~~) and a list dash
 *   right after such a mark ("🔥 — Обожаю!", "— **Arc B580**") are cut off the start; emoji and
 *   Markdown marks off the end; a trailing signature (mentions, hashtags, links after the last
 *   full stop: "… в Белгородской области.   @banksta") too. A sentence left with no word is dropped.
 * - A sentence that starts with a lower-case Cyrillic letter continues the one before it in the
 *   same line (the splitter stopped at "г." or at a typo "уверен. что").
 * Headline lines are sentences of their own already (a line break always ends a sentence).
 * Every remaining sentence keeps exact offsets into the original text.
 */
import { Kind, type Doc, type SentenceSpan } from '../doc.js';
import { table } from '../../lexicon/index.js';

let stems: { words: string[]; phrases: string[] } | null = null;
function footerStems(): { words: string[]; phrases: string[] } {
  if (!stems) {
    const words: string[] = [];
    const phrases: string[] = [];
    for (const [s] of table('ruuk-footers.tsv')) (s!.includes(' ') ? phrases : words).push(s!.toLowerCase());
    stems = { words, phrases };
  }
  return stems;
}

const MD_LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b(?:t\.me|bit\.ly|bbc\.in|vk\.com|youtu\.be|clck\.ru)\/\S*/gi;
const TAG = /[@#][\p{L}\p{N}_]+/gu;
const WWW = /www\./i;
const WORD = /[\p{L}\p{N}]+/gu;

/** Whether one line (a paragraph) of a Russian or Ukrainian post is a footer or signature line. */
export function isFooterLine(line: string): boolean {
  // no Markdown link, link address, mention nor hashtag: not a footer (the scans below find none)
  if (!line.includes('](') && !line.includes('/') && !line.includes('@') && !line.includes('#') && !WWW.test(line)) return false;
  let linked = false;
  let visible = line.replace(MD_LINK, (_m, text: string) => { linked = true; return ` ${text} `; });
  visible = visible.replace(URL, () => { linked = true; return ' '; });
  const hadTags = TAG.test(visible);
  TAG.lastIndex = 0;
  visible = visible.replace(TAG, () => { linked = true; return ' '; });
  const words = visible.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? [];
  if (words.length === 0) return linked || hadTags;
  if (!linked || words.length > 12) return false;
  const { words: ws, phrases } = footerStems();
  const low = ' ' + words.join(' ') + ' ';
  if (phrases.some((p) => low.includes(' ' + p + ' '))) return true;
  return words.some((w) => ws.some((s) => w.startsWith(s)));
}

// emoji and pictographs with their modifiers (variation selectors, joiners, skin tones, keycaps,
// regional indicators), Markdown marks, bullets
const MARK = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\uFE0E\uFE0F\u200D\u20E3*_~`•·▪▫◦‣⁃●○■□►▶➤→✔☑|]|\p{M})+$/u;
const DASH = /^[—–-]$/;
const TAGTOK = /^(?:[@#][\p{L}\p{N}_]+|https?:\/\/\S+|www\.\S+)$/u;
const END_PUNCT = /[.!?…»"“”)]$/;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Cuts footers, signatures and edge marks out of the sentence layer of a Russian or Ukrainian
 * document (see the file comment). Only the sentence layer changes; tokens stay.
 */
export function cleanRuukSentences(doc: Doc): void {
  const t = doc.tokens;
  const text = doc.norm;
  const tok = (i: number): string => text.slice(t.start[i]!, t.end[i]!);
  const footer = doc.paragraphs.map((p, i) => {
    const l = doc.paraLangs[i];
    return (l === 'ru' || l === 'uk' || l === 'und') && isFooterLine(text.slice(p.start, p.end));
  });
  const out: SentenceSpan[] = [];
  let changed = false;
  for (const s0 of doc.sentences) {
    if (footer[s0.paragraph]) { changed = true; continue; }
    let a = s0.t0, b = s0.t1;
    // leading marks, and a list dash right after them or right before Markdown/emoji
    let marks = false;
    for (;;) {
      while (a < b && (t.kind[a] === Kind.Space || MARK.test(tok(a)))) { a++; marks = true; }
      if (a + 1 < b && DASH.test(tok(a)) && (marks || MARK.test(tok(a + 1)) || (t.kind[a + 1] === Kind.Space && a + 2 < b && MARK.test(tok(a + 2))))) { a++; marks = true; continue; }
      break;
    }
    // trailing marks and a trailing signature after the last full stop
    for (;;) {
      const b0 = b;
      while (b > a && (t.kind[b - 1] === Kind.Space || MARK.test(tok(b - 1)))) b--;
      let k = b;
      while (k > a && (TAGTOK.test(tok(k - 1)) || t.kind[k - 1] === Kind.Space)) k--;
      if (k < b && k > a && END_PUNCT.test(tok(k - 1))) b = k;
      if (b === b0) break;
    }
    let word = false;
    for (let i = a; i < b && !word; i++) if (!TAGTOK.test(tok(i)) && HAS_WORD.test(tok(i))) word = true;
    if (!word) { changed = true; continue; }
    // Markdown marks glued to the last token (wink reads ":**" as the emoticon ":*")
    let end = t.end[b - 1]!;
    while (end > t.start[b - 1]! + 1 && /[*_~]/.test(text[end - 1]!)) end--;
    if (a !== s0.t0 || b !== s0.t1 || end !== s0.end) {
      changed = true;
      out.push({ start: t.start[a]!, end, t0: a, t1: b, paragraph: s0.paragraph });
    } else out.push(s0);
  }
  // a sentence starting with a lower-case Cyrillic letter continues the one before it (same line)
  const merged: SentenceSpan[] = [];
  for (const s of out) {
    const prev = merged[merged.length - 1];
    const c = text.charCodeAt(s.start);
    if (prev && prev.paragraph === s.paragraph && ((c >= 0x430 && c <= 0x45f) || c === 0x491)) {
      merged[merged.length - 1] = { ...prev, end: s.end, t1: s.t1 };
      changed = true;
    } else merged.push(s);
  }
  if (changed) doc.setSentences(merged);
}
