/**
 * Finding a stored passage again in a page whose text may have changed: first the stored
 * position, then the exact quote (choosing among repeats by context and nearness), then an
 * approximate match with bounded edits. Never guesses beyond that bound: not found is an
 * answer, and the caller keeps the note as orphaned. Pure.
 */
import { searchApproximate } from './approximate';
import type { TextAnchor } from './selectors';

/** Where the passage is now, and how it was found; or that it is gone. */
export type AnchorResult =
  | { found: true; start: number; end: number; method: 'position' | 'quote' | 'approximate'; errors: number }
  | { found: false };

/** Tuning of the approximate stage; defaults suit prose passages. */
export interface ReanchorOptions {
  /** Edits allowed per quote character: 0.2 tolerates a changed word in a sentence. */
  maxErrorRatio: number;
  /** Cap on edits, bounding the cost on very long quotes. */
  maxErrors: number;
  /** Quotes shorter than this are only matched exactly: a few letters match anywhere. */
  minApproximateLength: number;
}

/** Defaults for ReanchorOptions. */
export const DEFAULT_REANCHOR_OPTIONS: ReanchorOptions = { maxErrorRatio: 0.2, maxErrors: 256, minApproximateLength: 8 };

const MAX_EXACT_CANDIDATES = 1_000;

/** Levenshtein distance of two short strings (context snippets). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}

function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

/** Score of a candidate: quote fidelity dominates, context tells repeats apart, nearness breaks ties. */
function score(text: string, anchor: TextAnchor, start: number, end: number, errors: number): number {
  const { exact, prefix, suffix } = anchor.quote;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const distance = Math.abs(start - anchor.position.start);
  const nearness = 1 - Math.min(1, distance / Math.max(1, text.length));
  return 50 * (1 - errors / exact.length) + 20 * similarity(prefix, before) + 20 * similarity(suffix, after) + 2 * nearness;
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found.push(at);
  }
  return found;
}

/** Re-finds an anchored passage in (possibly changed) text. */
export function reanchor(text: string, anchor: TextAnchor, options: ReanchorOptions = DEFAULT_REANCHOR_OPTIONS): AnchorResult {
  const { exact } = anchor.quote;
  const { start, end } = anchor.position;
  if (text.slice(start, end) === exact) return { found: true, start, end, method: 'position', errors: 0 };

  const exactStarts = exactOccurrences(text, exact);
  if (exactStarts.length > 0) {
    let best = exactStarts[0];
    let bestScore = -Infinity;
    for (const at of exactStarts) {
      const value = score(text, anchor, at, at + exact.length, 0);
      if (value > bestScore) [best, bestScore] = [at, value];
    }
    return { found: true, start: best, end: best + exact.length, method: 'quote', errors: 0 };
  }

  if (exact.length < options.minApproximateLength) return { found: false };
  const maxErrors = Math.min(options.maxErrors, Math.floor(exact.length * options.maxErrorRatio));
  if (maxErrors < 1) return { found: false };
  const candidates = searchApproximate(text, exact, maxErrors);
  if (candidates.length === 0) return { found: false };
  const best = candidates
    .map((match) => ({ match, value: score(text, anchor, match.start, match.end, match.errors) }))
    .reduce((a, b) => (b.value > a.value ? b : a));
  return { found: true, start: best.match.start, end: best.match.end, method: 'approximate', errors: best.match.errors };
}
