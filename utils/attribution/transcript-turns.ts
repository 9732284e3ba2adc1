/**
 * Transcript turns ("MARTINEZ: We will not sign.", a printed interview's "A: I grew up by the sea."):
 * the speaker's whole paragraph is the content.
 * A rule, because the taggers read a few sentences around a cue and a turn can run much longer.
 */
import type { PreparedDoc } from './features';
import { isQuoteMark } from './tokenize';
import type { AttributionSpans } from './types';

const LEX_ALLCAPS = 128;
/** The labels of a printed interview's question and answer. */
const INTERVIEW_LABELS = new Set(['Q', 'A']);

/** One turn per paragraph that opens with an upper-case speaker name and a colon. */
export function findTranscriptTurns(doc: PreparedDoc): Array<AttributionSpans & { colon: number }> {
  const { tokens, sentences } = doc;
  const out: Array<AttributionSpans & { colon: number }> = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (k > 0 && sentences[k - 1].paragraph === s.paragraph) continue;
    let i = s.from;
    if (isQuoteMark(tokens[i].text)) i++;
    const nameFrom = i;
    // a printed interview's "Q:" and "A:", or a speaker's upper-case name
    if (i < s.to && INTERVIEW_LABELS.has(tokens[i].text)) i++;
    else while (i < s.to && i - nameFrom < 4 && (doc.lex[i] & LEX_ALLCAPS || tokens[i].text === '.')) i++;
    if (i === nameFrom || i >= s.to - 1 || tokens[i].text !== ':') continue;
    let last = k;
    while (last + 1 < sentences.length && sentences[last + 1].paragraph === s.paragraph && last - k < 200) last++;
    const end = sentences[last].to;
    out.push({
      source: { start: tokens[nameFrom].start, end: tokens[i - 1].end },
      cue: { start: tokens[i].start, end: tokens[i].end },
      content: [{ start: tokens[i + 1].start, end: tokens[end - 1].end }],
      colon: i,
    });
  }
  return out;
}
