/**
 * Subjects that stand right before their cue inside a phrase the taggers read past: "…, with
 * lawyers for Vance accusing the actor of …" (an absolute "with" phrase: its noun phrase speaks),
 * and "…, in what mountain guides described as an extraordinary escape" (the noun phrase after
 * "what" describes). The taggers took the sentence's subject or nothing; the source is that phrase.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** "with", then a short noun phrase without a comma or a verb of its own, right before a cue in -ing. */
const WITH_SUBJECT = /\bwith\s+((?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)\s+$/u;
/** "in what" or "what", then a short noun phrase, right before the cue ("in what mountain guides | described as"). */
const WHAT_SUBJECT = /\bwhat\s+((?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+)\s+$/u;
/** Words no such noun phrase holds (auxiliaries, pronouns of a clause, subordinators, verbs in the past), nor ends on (a preposition). */
const NOT_A_SUBJECT = /\b(?:is|are|was|were|has|have|had|will|would|it|that|which|who|before|after|while|when|by|\p{Ll}+ed)\b|\s(?:in|on|at|to|for|of|with|from)$/u;

/** One reading given the noun phrase of its absolute "with" phrase, or of its "what" clause, as source. */
function withAbsoluteSubject(text: string, f: AttributionSpans): AttributionSpans {
  const { cue } = f;
  if (!cue) return f;
  const before = text.slice(Math.max(0, cue.start - 60), cue.start);
  const written = text.slice(cue.start, cue.end);
  const m = (/^\p{Ll}+ing$/u.test(written) ? WITH_SUBJECT.exec(before) : null) ?? (/^(?:described|called|termed|dubbed|branded)$/u.test(written) ? WHAT_SUBJECT.exec(before) : null);
  if (!m || NOT_A_SUBJECT.test(m[1])) return f;
  // the phrase ends where the match's trailing space begins
  const end = cue.start - before.length + m.index + m[0].trimEnd().length;
  const source = { start: end - m[1].length, end };
  if (f.source && f.source.start === source.start && f.source.end === source.end) return f;
  return { ...f, source };
}

/** Every reading whose speaker is the noun phrase of an absolute "with" phrase or a "what" clause right before its cue, given it. */
export function withAbsoluteSubjects(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withAbsoluteSubject);
}
