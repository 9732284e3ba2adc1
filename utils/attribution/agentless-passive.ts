/**
 * "Downing Street is expected to decide before the summit": a passive of expecting with no agent is
 * the text's own forecast. A reading with such a cue and no source names no one; the last speaker
 * is not its source.
 */
import type { Span } from './types';

/** A passive of expecting or rumour with no agent ("is expected to", "is said to have"): the text's own forecast, no one's statement (a "was reported" or "is considered" is often the last speaker's). */
const AGENTLESS_PASSIVE = /^(?:is|are|was|were|has been|have been|had been|be|being)\s+(?:\p{L}+ly\s+)?(?:expected|said|rumou?red)$/iu;

/** The passive's agent a few words on ("was reported on Friday by The Wall Street Journal"). */
const AGENT_AHEAD = /^\s+(?:[^\s.!?;]+\s+){0,6}?by\s+(?:the\s+)?\p{Lu}/u;

/** Whether a passive ending at `at` names its agent a few words on: then someone named did it (deeds-read-as-cues.ts and verbs-in-claims.ts ask too). */
export function agentAhead(text: string, at: number): boolean {
  return AGENT_AHEAD.test(text.slice(at, at + 80));
}

/** Whether the cue is such a passive, with no agent a few words on. */
export function isAgentlessPassive(text: string, cue: Span): boolean {
  const written = text.slice(cue.start, cue.end);
  const hearsay = AGENTLESS_PASSIVE.test(written) || (HEARSAY_BEFORE_TO.test(written) && /^\s+to\s/u.test(text.slice(cue.end, cue.end + 5))) || WIDELY_PASSIVE.test(written);
  return hearsay && !agentAhead(text, cue.end);
}

/** A passive of report or belief before "to" ("are reported to be shifting", "is believed to have"): hearsay, the text's, no one named. */
const HEARSAY_BEFORE_TO = /^(?:is|are|was|were|has been|have been|had been)\s+(?:\p{L}+ly\s+)?(?:reported|believed|thought|understood|alleged|known)$/iu;
/** A passive done "widely" or "broadly" ("was widely condemned"): by many, none of them the last speaker. */
const WIDELY_PASSIVE = /^(?:is|are|was|were|has been|have been|had been)\s+(?:widely|broadly|generally|universally)\s+\p{Ll}+(?:ed|en)$/iu;
