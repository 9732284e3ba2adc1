/**
 * Transcript turns ("MARTINEZ: We will not sign.", a printed interview's "A: I grew up by the sea."):
 * the speaker's whole paragraph is the content, and an answer's the paragraphs after it up to the next turn.
 * A rule, because the taggers read a few sentences around a cue and a turn can run much longer.
 */
import { lineStartWithin } from './sentences';
import type { PreparedDoc } from './features';
import { isQuoteMark } from './tokenize';
import { isSectionHead } from './colon-labels';
import type { AttributionSpans } from './types';
import { QUOTATIONS } from './quote-extent';
import { firstAtOrAfter } from './sorted-offsets';

const LEX_ALLCAPS = 128;
/** The labels of a printed interview's question and answer. */
const INTERVIEW_LABELS = new Set(['Q', 'A']);

/** One turn per paragraph that opens with an upper-case speaker name and a colon. */
export function findTranscriptTurns(doc: PreparedDoc): Array<AttributionSpans & { colon: number }> {
  const { tokens, sentences } = doc;
  const out: Array<AttributionSpans & { colon: number }> = [];
  let lastTurn: number | undefined;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (k > 0 && sentences[k - 1].paragraph === s.paragraph) continue;
    const label = turnLabel(doc, s.from, s.to);
    if (label === null) continue;
    const { nameFrom, colon: i } = label;
    let last = paragraphEnd(doc, k);
    // a digest's section head ("PERU: Quake damages homes in southern Andes"): a place's name, or a
    // headline after the colon (one short line, no sentence's end), names no speaker
    if (isSectionHead(doc.text, doc.text.slice(tokens[nameFrom].start, tokens[i - 1].end), tokens[i].end)) continue;
    const content = [{ start: tokens[i + 1].start, end: tokens[sentences[last].to - 1].end }];
    // (the last turn's sentence, found once: past it, a paragraph without "I" or "you" is the writer's closing)
    lastTurn ??= lastTurnSentence(doc);
    // an answer runs on over the paragraphs after it up to the next turn ("A: I didn't, not at first. …¶ What changed it was the flood.")
    for (let more = 0; tokens[nameFrom].text === 'A' && more < MAX_ANSWER_PARAGRAPHS && last + 1 < sentences.length; more++) {
      const next = sentences[last + 1];
      if (turnLabel(doc, next.from, next.to) !== null) break;
      const end = paragraphEnd(doc, last + 1);
      // (the paragraph's own words, its quotations set aside)
      const own = doc.text.slice(tokens[next.from].start, tokens[sentences[end].to - 1].end).replace(QUOTATIONS, ' ');
      if (isNarration(own) || (last + 1 > lastTurn && !FIRST_OR_SECOND_PERSON.test(own))) break;
      last = end;
      content.push({ start: tokens[next.from].start, end: tokens[sentences[last].to - 1].end });
    }
    out.push({
      source: { start: tokens[nameFrom].start, end: tokens[i - 1].end },
      cue: { start: tokens[i].start, end: tokens[i].end },
      content,
      colon: i,
    });
  }
  return out;
}

/** A verb of reporting, as the writer's narration has it ("Volkova … said", "The WTA said in a statement"). */
const REPORTING = /\b(?:said|says|saying|told|tells|added|wrote|according to|declined|announced|called|calls|described)\b/u;
/** A third person the writer tells of ("Haddad ties her apron …. She waves away a question"). */
const THIRD_PERSON = /\b(?:she|he)\b/iu;
/** The interviewee's own voice: a first or second person. */
const FIRST_OR_SECOND_PERSON = /\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|my|me|we|our|us|you|your)\b/iu;

/**
 * A paragraph after an answer that is the writer's, not the interviewee's: it reports someone's
 * words or tells of someone in the third person ("Volkova, speaking in her own press conference,
 * said …", "She waves away a question"), with no "I" or "my" outside its quotations; the answer
 * ends before it. `own` is the paragraph with its quotations set aside.
 */
function isNarration(own: string): boolean {
  return (REPORTING.test(own) || THIRD_PERSON.test(own)) && !FIRST_OR_SECOND_PERSON.test(own);
}

/** The index of the last sentence that opens a turn's paragraph. */
function lastTurnSentence(doc: PreparedDoc): number {
  const { sentences } = doc;
  for (let k = sentences.length - 1; k >= 0; k--) {
    if (k > 0 && sentences[k - 1].paragraph === sentences[k].paragraph) continue;
    if (turnLabel(doc, sentences[k].from, sentences[k].to) !== null) return k;
  }
  return -1;
}

/** Paragraphs after an answer's own that it may run on over. */
const MAX_ANSWER_PARAGRAPHS = 4;

/** The last sentence of the paragraph sentence k opens (at most 200 sentences on). */
function paragraphEnd(doc: PreparedDoc, k: number): number {
  const { sentences } = doc;
  let last = k;
  while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentences[k].paragraph && last - k < 200) last++;
  return last;
}

/** The speaker's label opening the sentence [from, to) and its colon's token, or null: "Q:", "A:", "MARTINEZ:". */
function turnLabel(doc: PreparedDoc, from: number, to: number): { nameFrom: number; colon: number } | null {
  const { tokens } = doc;
  let i = from;
  if (isQuoteMark(tokens[i].text)) i++;
  const nameFrom = i;
  // a printed interview's "Q:" and "A:", or a speaker's upper-case name
  if (i < to && INTERVIEW_LABELS.has(tokens[i].text)) i++;
  else while (i < to && i - nameFrom < 4 && (doc.lex[i] & LEX_ALLCAPS || tokens[i].text === '.')) i++;
  return i === nameFrom || i >= to - 1 || tokens[i].text !== ':' ? null : { nameFrom, colon: i };
}

/** A turn's label and colon at its line's start ("A: "), then up to six words, then the cue. */
const LABEL_THEN_WORDS = new RegExp(String.raw`^(${[...INTERVIEW_LABELS].join('|')}):\s+((?:[\p{L}'’-]+,?\s+){0,5}?[\p{L}'’-]+),?\s*$`, 'u');

/** A connective or adverb alone, no speaker. */
const CONNECTIVE = /^(?:now|if|so|but|and|well|yes|no|then|when|because|as|also|still|again|here|there|today)$/iu;

/**
 * "A: My father said, \"You will be poor …\"": a reading inside an answer with no source of its own
 * is the words between the label's colon and the cue ("My father"), someone the interviewee
 * quotes, not the turn's label (which the sentence's subject would otherwise be read as).
 */
export function withSpeakerAfterTurnLabel(text: string, found: AttributionSpans[]): AttributionSpans[] {
  let out: AttributionSpans[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.source !== null || f.cue === null) continue;
    const from = Math.max(0, f.cue.start - 61);
    const lineStart = lineStartWithin(text, from, f.cue.start);
    if (lineStart === from && from > 0) continue;
    const m = LABEL_THEN_WORDS.exec(text.slice(lineStart, f.cue.start));
    // (not a connective before a cue that holds its own subject: "Q: Now | you're talking about")
    if (m === null || CONNECTIVE.test(m[2]) || /^(?:you|I|we|they|he|she)\b/iu.test(text.slice(f.cue.start, f.cue.end))) continue;
    const start = lineStart + m[0].indexOf(m[2], 2);
    out ??= found.slice();
    out[i] = { ...f, source: { start, end: start + m[2].length } };
  }
  return out ?? found;
}

/** A first person as a reading's whole source. */
const FIRST_PERSON = /^(?:I|we|We)$/u;

/**
 * "A: … I talked to people who had lived there …": inside an interview's answer, a reading whose
 * source is the interviewee's "I" or "we" repeats the answer's own words as a second claim; the
 * answer holds them. (Someone the interviewee quotes, "My coach said …", stays a reading.)
 */
export function withoutFirstPersonInAnswers(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const answers = found.filter((f) => f.cue !== null && text.slice(f.cue.start, f.cue.end) === ':' && f.source !== null && text.slice(f.source.start, f.source.end) === 'A');
  if (answers.length === 0) return found;
  // the answers' pieces by start, so each reading asks one binary search (answers never overlap)
  const pieces = answers.flatMap((a) => a.content).sort((x, y) => x.start - y.start);
  const starts = pieces.map((c) => c.start);
  const inAnswer = (at: number): boolean => {
    const k = firstAtOrAfter(starts, at + 1) - 1;
    return k >= 0 && at < pieces[k].end;
  };
  return found.filter((f) => !(f.source && f.cue && FIRST_PERSON.test(text.slice(f.source.start, f.source.end)) && inAnswer(f.cue.start)));
}
