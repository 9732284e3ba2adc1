/**
 * "The prime minister's office said in a brief statement that its delegation had been told to keep
 * negotiating. It did not elaborate.": the role tagger reads the cue's sentence and the next, and
 * sometimes runs a reported clause on into that next sentence. A claim in the writer's words (no
 * quotation mark in it, none and no colon between the cue and it) ends with its sentence. Nor is the
 * writer's clause joined before the source a piece of the claim ("The device has sold out …, and
 * the company said demand had …"), and a claim that only points back to that clause is the clause
 * ("The choice was a gamble, and the director admits as much"); a quotation after the cue ends at its
 * close, before the writer's "as …" or "after …" ("says \u201chardest choices are behind us\u201d as budget clears").
 */
import { mendEach } from './reading-passes';
import { isAbbreviation } from './sentences';
import { isAnswerCue } from './unlabelled-interview';
import type { AttributionSpans, Span } from './types';

/** A quotation mark or a colon: then the claim may run over sentences (a quotation, a statement set out). */
const QUOTED_OR_SET_OUT = /["“”:]/u;
/** A sentence's end inside a claim: a full stop, "!" or "?", white space, then a capital (maybe after a quotation mark). */
const SENTENCE_END = /[.!?]\s+(?=["“‘]?\p{Lu})/gu;
/** One character of the word before a sentence's stop: a letter, a digit, an abbreviation's dot or a closing bracket. */
const WORD_CHAR = /[\p{L}\d.)]/u;

/** The word right before offset `end` ("p.m" of "3 p.m."), as far back as its letters, digits, dots and brackets go. */
function wordBefore(claim: string, end: number): string {
  let start = end;
  while (start > 0 && WORD_CHAR.test(claim[start - 1])) start--;
  // (a word opens on a letter or digit: stray dots or brackets before it are no part of it)
  while (start < end && (claim[start] === '.' || claim[start] === ')')) start++;
  return claim.slice(start, end);
}

/** Where the first sentence of a claim piece ends (before its full stop), or -1 when it holds one sentence. */
function firstSentenceEnd(claim: string): number {
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(claim); m !== null; m = SENTENCE_END.exec(claim)) {
    const word = wordBefore(claim, m.index);
    // not after an abbreviation or an initial ("Gen.", "3 p.m. Friday", "J. Smith"), nor at the claim's very start: no sentence ends there
    if (isAbbreviation(word.toLowerCase()) || /^\p{L}$/u.test(word) || m.index === 0) continue;
    return m.index;
  }
  return -1;
}

/** One reading with a claim in the writer's words after its cue cut at its first sentence's end. */
function claimInOneSentence(text: string, f: AttributionSpans): AttributionSpans {
  const { cue } = f;
  // (a transcript's or a label's colon is the cue itself: "PENCE: …"; an interview's answer runs over its paragraphs)
  if (!cue || QUOTED_OR_SET_OUT.test(text.slice(cue.start, cue.end)) || isAnswerCue(text, cue)) return f;
  const content: Span[] = [];
  for (let i = 0; i < f.content.length; i++) {
    const piece = f.content[i];
    const pieceText = text.slice(piece.start, piece.end);
    if (piece.start < cue.end || QUOTED_OR_SET_OUT.test(text.slice(cue.end, piece.start)) || QUOTED_OR_SET_OUT.test(pieceText)) {
      content.push(piece);
      continue;
    }
    const end = firstSentenceEnd(pieceText);
    if (end < 0) {
      content.push(piece);
      // a next piece in the writer's words past this one's sentence end ("… negotiating. | It did not elaborate.") is not the claim's
      const next = f.content[i + 1];
      // (the piece holds no sentence end, so one found up to the next piece's first letter lies between them)
      if (next && firstSentenceEnd(text.slice(piece.start, next.start + 1)) >= 0 && !QUOTED_OR_SET_OUT.test(text.slice(piece.end, next.end))) return { ...f, content };
      continue;
    }
    // the claim's sentence ends here: no later piece is part of it
    content.push({ start: piece.start, end: piece.start + end });
    return { ...f, content };
  }
  return f;
}

/** Between a clause and the source after it: its comma and "and" or "but". */
const JOINED_BEFORE_SOURCE = /^,\s+(?:and|but)\s+$/u;

/** One reading without a first piece that is the writer's clause joined to its source's, when a piece follows the cue. */
function withoutJoinedClauseBefore(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start || f.content.length < 2) return f;
  const first = f.content[0];
  if (first.end > source.start || !f.content.some((c) => c.start >= cue.end)) return f;
  // (or any writer's clause before the source, in the writer's words, when a "that" clause after the
  // cue holds the claim: "Shares … fell 14 per cent, …, after … and its chief executive told analysts that …")
  // (not a claim the cue interrupts, "It is no surprise, Mr. Garin said, that …": only a comma between it and the source)
  const thatAfter = f.content.some((c) => c.start >= cue.end && /^that\s/u.test(text.slice(c.start, c.start + 5))) && /\p{L}/u.test(text.slice(first.end, source.start));
  if (!JOINED_BEFORE_SOURCE.test(text.slice(first.end, source.start)) && !(thatAfter && !/["“”]/u.test(text.slice(first.start, first.end)))) return f;
  return { ...f, content: f.content.filter((c) => c.start >= source.start) };
}

/** A claim that only points back: "admits as much", "said so", "conceded that much". */
const POINTS_BACK = /^(?:as\s+much|so|that\s+much|this|that)\.?$/iu;
/** The clause before the source in its sentence, up to its joining comma: "The choice was a gamble, and …". */
const CLAUSE_THEN_JOIN = /(?:^|[.!?]["”’]?\s+|\n)([^.!?\n"“”]{8,240}?),\s+(?:and|but)\s+$/u;

/** One reading whose claim only points back given the clause it points to, joined before its source ("The choice was a gamble, and the director admits as much"). */
function claimPointedTo(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start || f.content.length !== 1 || f.content[0].start < cue.end) return f;
  if (!POINTS_BACK.test(text.slice(f.content[0].start, f.content[0].end))) return f;
  const from = Math.max(0, source.start - 300);
  const m = CLAUSE_THEN_JOIN.exec(text.slice(from, source.start));
  if (!m) return f;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { ...f, content: [{ start, end: start + m[1].length }] };
}

/** A quotation's closing mark, then the writer's clause of when or why ("\u201c…\u201d as budget clears parliament"). */
const QUOTE_THEN_CIRCUMSTANCE = /^(["“])[^"“”\n]{2,300}?["”](?=\s+(?:as|after|amid|while|despite|before|when|following)\s+\S)/u;

/** Verbs whose object is named "as" something. */
const NAMING_CUE = /\b(?:named|names|name|naming|called|calls|call|calling|described|describes|describing|cited|cites|citing|listed|lists|labelled|labeled|branded|dubbed|hailed|chose|picked)$/u;

/** One reading whose claim after its cue is a quotation and then the writer's circumstance, cut at the quotation's close. */
function quotationWithoutCircumstance(text: string, f: AttributionSpans): AttributionSpans {
  const { cue } = f;
  if (!cue || f.content.length !== 1 || f.content[0].start < cue.end) return f;
  const piece = f.content[0];
  const m = QUOTE_THEN_CIRCUMSTANCE.exec(text.slice(piece.start, piece.end));
  if (!m) return f;
  // (a naming verb's "as" is its claim: "named “Madam Secretary” as her guilty pleasure")
  if (NAMING_CUE.test(text.slice(cue.start, cue.end)) && /^\s+as\s/u.test(text.slice(piece.start + m[0].length, piece.start + m[0].length + 4))) return f;
  return { ...f, content: [{ start: piece.start, end: piece.start + m[0].length }] };
}

/** One reading with all four mends. */
function claimInItsSentence(text: string, f: AttributionSpans): AttributionSpans {
  return quotationWithoutCircumstance(text, claimInOneSentence(text, claimPointedTo(text, withoutJoinedClauseBefore(text, f))));
}

/** The readings whose claim in the writer's words ran on past its sentence, cut at that sentence's end (and without the writer's clause joined before the source). */
export function withClaimsInOneSentence(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, claimInItsSentence);
}
