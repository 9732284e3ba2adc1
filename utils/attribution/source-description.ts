/**
 * The words the text uses to describe a source, read right around the mention: an apposition
 * ("Ana Ruiz, a ministry spokeswoman,"), a relative clause ("who spoke on condition of
 * anonymity"), or a title chain before the name ("ministry spokeswoman Ana Ruiz"). Bounded
 * windows only, so describing every source stays linear in the text.
 */
import { PERSON_ROLE_NOUNS, PERSON_TITLES } from './source-lexicon';

const WINDOW = 200;
const STOP_AT =
  /[;:!?"“”()\[\]\n]|[.](?=\s)|,\s+(?:said|says|told|added|according)\b|\s(?:said|says|told|added|stated|argued|wrote|reported|claimed|warned|explained|confirmed|denied)\b/u;

/** Text up to the first clause break, so a description never runs into the next sentence. */
function clause(text: string): string {
  const m = STOP_AT.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/**
 * Apposition or relative clause right after a mention: ", a Kremlin spokesman," or
 * " who was not authorised to speak". Empty when the next words are not a description.
 */
export function describeAfter(text: string, end: number): string {
  if (text[end] !== ',') {
    PARTICIPLE_START.lastIndex = end;
    if (!PARTICIPLE_START.test(text)) return '';
  }
  const after = text.slice(end, end + WINDOW);
  const appos = /^\s*,\s+((?:a|an|the|who|whose|one of|now|then|formerly|former|both)\b[^]*)/iu.exec(after);
  if (appos) {
    const body = clause(appos[1]);
    const cut = /^(?:who|whose)\b/iu.test(body) ? -1 : body.indexOf(',');
    return (cut >= 0 ? body.slice(0, cut) : body).replace(/[,\s]+$/u, '').slice(0, 160);
  }
  const participle = /^\s+((?:who|familiar with|briefed on|close to|with knowledge of|involved in|speaking on)\b[^]*)/iu.exec(after);
  if (participle) return clause(participle[1]).split(/,\s+/u)[0].slice(0, 160);
  return '';
}

const PARTICIPLE_START = /\s+(?:who|familiar|briefed|close|with|involved|speaking)\b/iuy;
const LETTER = /[\p{L}\p{N}.'’-]/u;

/** The word just before `pos` (skipping spaces), found by scanning back: no slicing of the text. */
export function previousWord(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  if (end === pos) return '';
  let start = end;
  while (start > 0 && end - start < 40 && LETTER.test(text[start - 1])) start--;
  return text.slice(start, end);
}

const MODIFIERS = new Set(
  `former senior deputy chief top acting then vice press foreign national security assistant
  campaign interim longtime veteran lead associate executive general principal special
  state federal local regional district county city party white house`.split(/\s+/),
);

/**
 * Title chain right before a name ("Kremlin spokesman", "former Deputy Minister"): the last
 * word must be a role, and every word a role, a modifier or a capitalised word.
 */
export function describeBefore(text: string, start: number): string {
  const previous = previousWord(text, start).toLowerCase();
  if (!previous || (!PERSON_ROLE_NOUNS.has(previous) && !PERSON_TITLES.has(previous))) return '';
  const before = text.slice(Math.max(0, start - 80), start);
  const ws = before.split(/[ \u00a0]+/u).filter(Boolean);
  if (!/[ \u00a0]$/u.test(before) || ws.length === 0) return '';
  const last = ws[ws.length - 1].toLowerCase();
  if (!PERSON_ROLE_NOUNS.has(last) && !PERSON_TITLES.has(last)) return '';
  let i = ws.length - 1;
  while (i > 0 && ws.length - i < 6) {
    const w = ws[i - 1];
    const lower = w.toLowerCase().replace(/['’]s$/u, '');
    const fits = /^\p{Lu}[\p{L}.&-]*(?:['’]s)?$/u.test(w) || MODIFIERS.has(lower) || PERSON_ROLE_NOUNS.has(lower);
    if (!fits || /[,.;:]$/.test(w) || /^(?:The|A|An|But|And|In|On|At)$/.test(w)) break;
    i--;
  }
  return ws.slice(i).join(' ');
}
