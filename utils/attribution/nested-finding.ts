/**
 * "A poll by YouGov found that 38 per cent of British adults said they went to bed late": the
 * poll's claim holds the respondents' words, but the taggers may cut it inside the respondents'
 * phrase, which they also read as a source cut from its number ("per cent of British adults").
 * The respondents' source gets its number back, and a claim cut inside another reading's source
 * that is such a share of people runs on over that reading's claim.
 */
import type { AttributionSpans, Span } from './types';
import { firstAtOrAfter } from './sorted-offsets';

/** A number (and "about", "some") right before a source opening on "per cent" or "percent". */
const NUMBER_BEFORE = /(?:(?:about|some|nearly|almost|around|roughly|more than|over|only|just)\s+)?\d[\d,.]*\s*$/iu;
const PER_CENT_OPENING = /^(?:per\s?cent|percent)\b/iu;

/** A source with its number given back ("38 | per cent of British adults"). */
function withNumber(text: string, source: Span | null): Span | null {
  if (!source || !PER_CENT_OPENING.test(text.slice(source.start, source.start + 8))) return source;
  const m = NUMBER_BEFORE.exec(text.slice(Math.max(0, source.start - 30), source.start));
  return m ? { start: source.start - m[0].length, end: source.end } : source;
}

/** A share of respondents opening a source ("38 per cent of", "62% of", "a majority of", "half of"). */
const SHARE_OPENING = /^(?:\d|(?:a\s+)?majority\b|half\b|most\b|two-thirds\b|a\s+third\b|a\s+quarter\b)/iu;

/** The readings with per-cent sources given their numbers, and claims cut inside another's source run over that one's claim. */
export function withNestedFindingsWhole(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const out = found.map((f) => {
    const source = withNumber(text, f.source);
    return source === f.source ? f : { ...f, source };
  });
  // the readings whose source opens on a share of people, by where that source starts (one search per claim, not a scan)
  const shares = out.filter((g) => g.source !== null && g.cue !== null && g.content.length > 0 && SHARE_OPENING.test(text.slice(g.source.start, g.source.start + 12)))
    .sort((x, y) => x.source!.start - y.source!.start);
  const starts = shares.map((g) => g.source!.start);
  for (let i = 0; i < out.length && shares.length > 0; i++) {
    const a = out[i], last = a.content[a.content.length - 1];
    if (!a.cue || !last || last.start < a.cue.end) continue;
    // another reading whose source the claim's last piece ends inside, its cue after that piece
    let b: AttributionSpans | undefined;
    for (let k = firstAtOrAfter(starts, last.start); k < shares.length && starts[k] < last.end && b === undefined; k++) {
      const g = shares[k];
      if (g !== a && last.end < g.source!.end && g.cue!.start >= last.end && !text.slice(last.end, g.cue!.start).includes('\n')) b = g;
    }
    if (!b) continue;
    const end = b.content[b.content.length - 1].end;
    if (end > last.end) out[i] = { ...a, content: [...a.content.slice(0, -1), { start: last.start, end }] };
  }
  return out;
}
