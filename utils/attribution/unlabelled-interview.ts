/**
 * A printed interview without "Q:" and "A:" (on a web page the questions are set in bold, which the
 * article's text loses): an intro that says it is an interview ("The interview has been edited for
 * length and clarity", "a conversation with …"), then questions, each a paragraph ending in "?",
 * each followed by its answer. Each answer, over the paragraphs up to the next question, is the
 * interviewee's claim; its cue is the question's mark, what it answers.
 */
import type { PreparedDoc } from './features';
import type { AttributionSpans, Span } from './types';

/** Words of an intro that says what follows is an interview. */
const INTERVIEW_MARKER = /\b(?:edited|condensed)\s+for\s+(?:length|clarity|brevity)|\b(?:interview|conversation|exchange)\s+(?:has|have)\s+been\s+(?:edited|condensed|lightly edited)|\b(?:a|an|in)\s+(?:conversation|interview|Q&A)\s+with\b/iu;
/** How far into the text the intro may say so. */
const MARKER_REACH = 1500;
/** The fewest questions that make a text an interview (a story may ask one or two of its own). */
const MIN_QUESTIONS = 3;
/** The longest question paragraph (a question may come after a sentence or two of setting). */
const MAX_QUESTION = 600;
/** Paragraphs an answer may run on over. */
const MAX_ANSWER_PARAGRAPHS = 5;

/** The text's paragraphs as the sentence splitter already found them (a line break starts one), from their first token to their last. */
function paragraphs(doc: PreparedDoc): Span[] {
  const { tokens, sentences } = doc;
  const out: Span[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (k > 0 && sentences[k - 1].paragraph === s.paragraph) out[out.length - 1].end = tokens[s.to - 1].end;
    else out.push({ start: tokens[s.from].start, end: tokens[s.to - 1].end });
  }
  return out;
}

/** A paragraph that is a question put to the interviewee: it ends in "?" and is no quotation. */
function isQuestion(text: string, p: Span): boolean {
  return text[p.end - 1] === '?' && p.end - p.start <= MAX_QUESTION && !/^["“‘'«]/u.test(text[p.start]);
}

/** The answers of an interview without labels, one reading each; none when the text is not one. */
export function findUnlabelledAnswers(doc: PreparedDoc): AttributionSpans[] {
  const { text } = doc;
  const marker = INTERVIEW_MARKER.exec(text.slice(0, MARKER_REACH));
  if (!marker) return [];
  const ps = paragraphs(doc);
  const questions = ps.map((p, k) => k > 0 && p.start > marker.index && isQuestion(text, p));
  if (questions.filter(Boolean).length < MIN_QUESTIONS) return [];
  const out: AttributionSpans[] = [];
  for (let k = 0; k < ps.length; k++) {
    if (!questions[k]) continue;
    const content: Span[] = [];
    for (let a = k + 1; a < ps.length && !questions[a] && a - k <= MAX_ANSWER_PARAGRAPHS; a++) content.push(ps[a]);
    if (content.length > 0) out.push({ source: null, cue: { start: ps[k].end - 1, end: ps[k].end }, content });
  }
  return out;
}

/** Whether a reading's cue is a question's mark: the reading is an answer in an interview. */
export function isAnswerCue(text: string, cue: Span | null): boolean {
  return cue !== null && cue.end - cue.start === 1 && text[cue.start] === '?';
}

/** "I" and its contractions, and "you": the two sides of an interview, as its answers and questions name them. */
const FIRST_PERSON = /^(?:I|I['’](?:d|ve|m|ll))$/u;
const SECOND_PERSON = /^you$/iu;

/**
 * Whether a source span is the interviewee of an unlabelled interview, given the text's readings:
 * an "I" inside an answer, or a "you" inside the question before one; never when the text has no such answers.
 */
export function isInterviewee(text: string, span: Span, found: readonly AttributionSpans[]): boolean {
  const words = text.slice(span.start, span.end);
  const first = FIRST_PERSON.test(words), second = SECOND_PERSON.test(words);
  if (!first && !second) return false;
  for (const f of found) {
    if (f.source !== null || !isAnswerCue(text, f.cue)) continue;
    if (first && f.content.some((c) => c.start <= span.start && span.end <= c.end)) return true;
    // the question: from its paragraph's start to its mark
    if (second && span.end <= f.cue!.start && text.lastIndexOf('\n', f.cue!.start) < span.start) return true;
  }
  return false;
}
