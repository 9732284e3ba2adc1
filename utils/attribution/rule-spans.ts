/**
 * A rule-based attribution finder: the fallback when no trained model is loaded, and the
 * baseline the learned tagger must beat. Reads one sentence at a time around a reporting verb.
 */
import { CORE_SPEECH_VERBS } from './cue-lexicon';
import { splitSentences, type Sentence } from './sentences';
import { isQuoteMark, tokenize, type Token } from './tokenize';
import { isColonLabel } from './colon-labels';
import type { AttributionSpans, Span } from './types';

const NP_STOP = new Set('that which who whom and but or because as when while if than then so also to of'.split(' '));
const PUNCT = /^[^\p{L}\p{N}]+$/u;

const span = (tokens: Token[], from: number, to: number): Span => ({ start: tokens[from].start, end: tokens[to - 1].end });

/** Noun phrase ending just before `end`, walking left; -1 when none. */
function npLeft(tokens: Token[], from: number, end: number): number {
  let i = end - 1;
  while (i >= from && (tokens[i].lower === 'also' || tokens[i].lower === 'has' || tokens[i].lower === 'have' || tokens[i].lower === 'had')) i--;
  const last = i;
  while (i >= from && last - i < 7 && !PUNCT.test(tokens[i].text) && !NP_STOP.has(tokens[i].lower)) i--;
  if (i === last) return -1;
  return i + 1;
}

/** Last index of a noun phrase starting at `from` (an inverted source, apposition included). */
function npRight(tokens: Token[], from: number, end: number): number {
  let i = from;
  while (i < end && !(tokens[i].text === '.' && i === end - 1) && tokens[i].text !== ';' && !isQuoteMark(tokens[i].text)) i++;
  while (i > from && (tokens[i - 1].text === ',' || tokens[i - 1].text === '.')) i--;
  return i;
}

function trimEnd(tokens: Token[], from: number, to: number): number {
  while (to > from && /^[.,;:]$/.test(tokens[to - 1].text)) to--;
  return to;
}

function ruleSentence(tokens: Token[], s: Sentence, next: Sentence | undefined): AttributionSpans | null {
  const { from, to } = s;
  for (let c = from; c < to; c++) {
    const w = tokens[c].lower;
    if (w === 'according' && tokens[c + 1]?.lower === 'to' && c + 2 < to) {
      let srcEnd = npRight(tokens, c + 2, to);
      if (c === from || tokens[c - 1].text !== ',') {
        for (let k = c + 2; k < srcEnd; k++) if (tokens[k].text === ',') { srcEnd = k; break; }
      }
      if (srcEnd <= c + 2) continue;
      const cue = span(tokens, c, c + 2);
      const source = span(tokens, c + 2, tokens[srcEnd]?.text === ',' && srcEnd + 1 < to ? srcEnd : srcEnd);
      const before = trimEnd(tokens, from, c);
      const afterFrom = tokens[srcEnd]?.text === ',' ? srcEnd + 1 : srcEnd;
      const afterTo = trimEnd(tokens, afterFrom, to);
      const content = before > from ? span(tokens, from, before) : afterTo > afterFrom ? span(tokens, afterFrom, afterTo) : null;
      if (!content) continue;
      const srcTo = Math.min(srcEnd, to);
      return { cue, source: { start: source.start, end: tokens[srcTo - 1].end }, content: [content] };
    }
    if (!CORE_SPEECH_VERBS.has(w) || PUNCT.test(tokens[c].text)) continue;
    const prev = tokens[c - 1];
    // content first: “…,” she said.  /  …, said Olena Hrytsenko, an analyst.
    const leftStart = npLeft(tokens, from, c);
    const afterComma = (k: number): boolean => k > from && (tokens[k - 1].text === ',' || isQuoteMark(tokens[k - 1].text));
    if (leftStart > from && afterComma(leftStart)) {
      const contentEnd = isQuoteMark(tokens[leftStart - 1].text) ? leftStart : trimEnd(tokens, from, leftStart);
      if (contentEnd > from) return withContinuation(tokens, { cue: span(tokens, c, c + 1), source: span(tokens, leftStart, c), content: [span(tokens, from, contentEnd)] }, s, next);
    }
    if (prev && afterComma(c) && c + 1 < to) {
      const srcEnd = npRight(tokens, c + 1, to);
      const contentEnd = isQuoteMark(prev.text) ? c : trimEnd(tokens, from, c);
      if (srcEnd > c + 1 && contentEnd > from) {
        return withContinuation(tokens, { cue: span(tokens, c, c + 1), source: span(tokens, c + 1, srcEnd), content: [span(tokens, from, contentEnd)] }, s, next);
      }
    }
    // source first: Hrytsenko said (that) the strike would end.
    if (leftStart >= from && leftStart !== -1 && c + 1 < to) {
      let cFrom = c + 1;
      if (tokens[cFrom].text === ',' || tokens[cFrom].text === ':') cFrom++;
      if (w === 'told' || w === 'tells' || w === 'telling') cFrom = skipObject(tokens, cFrom, to);
      if (tokens[cFrom]?.text === ',') cFrom++;
      const last = tokens[to - 1];
      const cTo = isQuoteMark(last.text) ? to : trimEnd(tokens, cFrom, to);
      if (cTo > cFrom) return { cue: span(tokens, c, c + 1), source: span(tokens, leftStart, c), content: [span(tokens, cFrom, cTo)] };
    }
  }
  return null;
}

const OBJECTS = new Set('him her them us me you reporters journalists officials lawmakers'.split(' '));

/** Skips the listener after "told": a pronoun, a capitalised name, or "the/a + noun". */
function skipObject(tokens: Token[], i: number, to: number): number {
  if (i < to && OBJECTS.has(tokens[i].lower)) return i + 1;
  if (i < to && /^(the|a|an)$/.test(tokens[i].lower)) return Math.min(to, i + 2);
  let k = i;
  while (k < to && /^\p{Lu}/u.test(tokens[k].text)) k++;
  return k;
}

/** “First half,” she said. “Second half.” — the next sentence continues a split quote. */
function withContinuation(tokens: Token[], found: AttributionSpans, s: Sentence, next: Sentence | undefined): AttributionSpans {
  if (!next || next.paragraph !== s.paragraph || !isQuoteMark(tokens[next.from].text)) return found;
  let end = next.from + 1;
  while (end < next.to && !isQuoteMark(tokens[end].text)) end++;
  if (end >= next.to) end = next.to - 1;
  return { ...found, content: [...found.content, span(tokens, next.from, end + 1)] };
}

/** "NAME: words" at the start of a paragraph, as in transcripts and interviews. */
function colonSpeaker(tokens: Token[], s: Sentence, sentences: Sentence[], k: number): AttributionSpans | null {
  let i = s.from;
  if (isQuoteMark(tokens[i].text)) i++;
  const nameFrom = i;
  while (i < s.to && i - nameFrom < 4 && /^\p{Lu}/u.test(tokens[i].text)) i++;
  if (i === nameFrom || tokens[i]?.text !== ':' || i + 1 >= s.to) return null;
  if (isColonLabel(tokens[i - 1].text)) return null; // "Pictured:", "File photo:", "Editor’s note:"
  let last = k;
  while (last + 1 < sentences.length && sentences[last + 1].paragraph === s.paragraph) last++;
  const end = trimEnd(tokens, i + 1, sentences[last].to);
  if (end <= i + 1) return null;
  return { source: span(tokens, nameFrom, i), cue: span(tokens, i, i + 1), content: [span(tokens, i + 1, end)] };
}

/** The rules' reading of one sentence (k) of an already tokenised text, or null. */
export function ruleSpansForSentence(text: string, tokens: Token[], sentences: Sentence[], k: number): AttributionSpans | null {
  const s = sentences[k];
  const first = k === 0 || sentences[k - 1].paragraph !== s.paragraph;
  return (first ? colonSpeaker(tokens, s, sentences, k) : null) ?? ruleSentence(tokens, s, sentences[k + 1]);
}

/** Finds attributions with hand-written rules only. */
export function findRuleSpans(text: string): AttributionSpans[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const out: AttributionSpans[] = [];
  let lastContentEnd = -1;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const first = k === 0 || sentences[k - 1].paragraph !== s.paragraph;
    const found = (first ? colonSpeaker(tokens, s, sentences, k) : null) ?? ruleSentence(tokens, s, sentences[k + 1]);
    if (!found || found.content[0].start < lastContentEnd) continue;
    out.push(found);
    lastContentEnd = found.content[found.content.length - 1].end;
  }
  return out;
}
