/**
 * "The chief executive has resigned after an independent review found that …": the taggers gave
 * the verb of the subordinate clause the main clause's subject. A cue whose source stands before a
 * subordinating word ("after", "because", "when" …) and whose own clause opens with a noun phrase
 * right before it has that noun phrase as its source: the review found, not the chief executive.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';
import { sentenceStartBefore } from './sentences';

/** The nouns of a finding, with the words that may open them ("new figures", "a study"); claim-narration-cut.ts reads them too. */
export const FINDING_NOUNS = String.raw`(?:new\s+|official\s+|latest\s+|the\s+latest\s+)?(?:figures|data|research|statistics|tests|a\s+study|a\s+report|a\s+survey|an\s+analysis)`;
/**
 * A subordinating word, then a noun phrase of a few words up to the cue (maybe its auxiliary).
 * "after", "since", "before" and "until" are prepositions too ("Officials after the meeting said"):
 * they open a clause only right after the main clause's verb in -ed ("has resigned after …"), or
 * before a finding's noun ("… slow down after figures showed …").
 */
const SUBORDINATE_SUBJECT = new RegExp(String.raw`(?:^|[\s,])(?:(?<=\p{Ll}ed\s+)(?:after|since|before|until)|(?:after|since)(?=\s+${FINDING_NOUNS}\b)|because|when|while|although|though|once)\s+((?:the|a|an|its|his|her|their|this|that|these|those|new|official|figures|data|research|statistics|tests|\p{Lu}[\p{L}'’.-]*)(?:\s+(?!(?:had|has|have|was|were|is|are|would|will|could|also|later)\b)[\p{L}\d'’-]+){0,5}?)\s+(?:(?:had|has|have|also|later)\s+)?$`, 'u');

/** A cue that opens on a finite verb ("found", "said", "has warned"), not an infinitive or a participle. */
const FINITE_CUE = /^(?:(?:had|has|have)\s+)?(?:\p{Ll}+ed|said|says|told|tells|found|finds|wrote|writes|showed|shows|thought|knew|saw|warns|claims|argues|concludes|concluded)\b/u;

/** Whether the words read as the clause's subject are one noun phrase: no conjunction, no preposition but "of", no verb in -s before its last word. */
function nounPhrase(words: string): boolean {
  const ws = words.split(/\s+/u);
  return ws.every((w, k) => !/^(?:and|or|but|at|in|on|for|with|to|from|by|into|over|about|who|which|that)$/u.test(w) && (k === ws.length - 1 || !/[^'’s]s$/u.test(w) || k === 0));
}

/** One reading so mended (a step for reading-passes.ts). */
function subordinateSubject(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!cue || (source !== null && source.end > cue.start)) return f;
  // (with no source read, the clause is looked for from the sentence's start: "… resigned after an independent review | found")
  const from = source !== null ? source.end : sentenceStartBefore(text, cue.start);
  if (from < 0 || cue.start - from > 200) return f;
  const between = text.slice(from, cue.start);
  if (/[.;:!?"“”]/u.test(between)) return f;
  const m = SUBORDINATE_SUBJECT.exec(between);
  if (!m || !FINITE_CUE.test(text.slice(cue.start, cue.end)) || !nounPhrase(m[1])) return f;
  // (with no source read, only "after"/"since"/"before"/"until": a "when …" clause inside someone's claim is theirs to tell, "… said he was surprised when a student asked …")
  if (source === null && !/^[\s,]*(?:after|since|before|until)\s/u.test(m[0])) return f;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { ...f, source: { start, end: start + m[1].length } };
}

/** The readings whose cue sits in a subordinate clause given that clause's subject as their source. */
export function withSubordinateClauseSubjects(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, subordinateSubject);
}
