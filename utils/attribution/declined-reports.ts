/**
 * "A spokesperson declined to comment on reports that the firm held talks": what follows "that" is
 * what the reports say. The one who declined said nothing, so the claim goes to the reports.
 */
import type { AttributionSpans } from './types';
import { mendEach } from './reading-passes';

/**
 * From a cue of declining or not saying to the "that" of the reports' claim: "declined to comment
 * on [media] reports", "refused to respond to claims", the noun caught.
 */
const DECLINED_ON_REPORTS = /\b(?:declined|declines|declining|refused|refuses|refusing|would\s+not|wouldn['’]t|did\s+not|didn['’]t)\s+to\s+(?:comment|respond|discuss|confirm|elaborate|speak)\s+(?:on|about|to)\s+(?:the\s+)?((?:(?:media|press|news|newspaper|earlier|recent|unconfirmed)\s+)?(?:reports?|claims?|suggestions?|speculation|rumou?rs?|allegations?))\s+(?=that\b)/iu;
/** The declining word the cue must hold: checked on the cue alone before the longer pattern. */
const DECLINING_WORD = /declin|refus|\bnot\b|n['’]t\b/iu;
/** How far past the cue's start the declining words may run. */
const REACH = 160;

/** The readings with every claim declined "on reports that …" given to those reports. */
export function withDeclinedReports(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithDeclinedReports);
}

/** `withDeclinedReports` for one reading (a step for reading-passes.ts). */
function readingWithDeclinedReports(text: string, f: AttributionSpans): AttributionSpans {
  const claim = f.content[0];
  if (!f.cue || !claim || claim.end <= f.cue.end || !DECLINING_WORD.test(text.slice(f.cue.start, f.cue.end))) return f;
  const from = f.cue.start;
  const m = DECLINED_ON_REPORTS.exec(text.slice(from, Math.min(claim.end, from + REACH)));
  // the declining word is the cue's, and the reports' "that" lies in the claim
  const that = m ? from + m.index + m[0].length : -1;
  if (!m || from + m.index >= f.cue.end || that < claim.start || that >= claim.end) return f;
  const start = from + m.index + m[0].lastIndexOf(m[1]);
  return { source: { start, end: start + m[1].length }, cue: null, content: [{ start: that, end: claim.end }, ...f.content.slice(1)] };
}
