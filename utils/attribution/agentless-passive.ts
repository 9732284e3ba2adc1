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

/** Whether the cue is such a passive, with no agent a few words on. */
export function isAgentlessPassive(text: string, cue: Span): boolean {
  return AGENTLESS_PASSIVE.test(text.slice(cue.start, cue.end)) && !AGENT_AHEAD.test(text.slice(cue.end, cue.end + 80));
}
