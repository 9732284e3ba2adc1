/**
 * "Her condition was described by the hospital as stable", "The book was dismissed by some
 * officials as alarmist": the taggers read the agent and the verdict after it as one source. The
 * source is the agent; what it said is the subject and the verdict ("Her condition … stable").
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** A passive of judging or describing ("was described", "was initially dismissed", "has been branded"). */
const PASSIVE_OF_JUDGING = /^(?:is|are|was|were|been|being|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:described|dismissed|branded|labelled|labeled|called|hailed|praised|criticised|criticized|condemned|denounced|characterised|characterized|portrayed|depicted|regarded|seen|viewed|rated|judged|deemed|considered|ranked)$/u;
/** The agent, then "as" and the verdict, to the source's end. */
const AGENT_THEN_AS = /^(.+?)\s+as\s+(\S.*)$/su;

/** One reading with its agent's verdict moved from the source into the claim. */
function agentBeforeAs(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.start < cue.end || !/^\s+by\s+$/u.test(text.slice(cue.end, source.start))) return f;
  if (!PASSIVE_OF_JUDGING.test(text.slice(cue.start, cue.end))) return f;
  const m = AGENT_THEN_AS.exec(text.slice(source.start, source.end));
  if (!m || /[,;:"“”]/u.test(m[1])) return f;
  const verdictStart = source.start + m[0].length - m[2].length;
  const verdictEnd = source.end - (/[.!?]$/u.test(m[2]) ? 1 : 0);
  if (verdictEnd <= verdictStart) return f;
  const content = f.content.filter((c) => c.end <= source.start || c.start >= source.end);
  return { ...f, source: { start: source.start, end: source.start + m[1].length }, content: [...content, { start: verdictStart, end: verdictEnd }] };
}

/** The readings whose source after a passive of judging held the verdict ("by the hospital as stable"), the verdict moved into the claim. */
export function withAgentBeforeAs(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, agentBeforeAs);
}
