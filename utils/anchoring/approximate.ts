/**
 * Approximate substring search: where in a text does a pattern occur with at most k edits
 * (insertions, deletions, substitutions)? Sellers' dynamic programme with Ukkonen's cut-off, so
 * the cost is about text length x k rather than text length x pattern length. Pure.
 */

/** One approximate occurrence: `text.slice(start, end)` is within `errors` edits of the pattern. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** End offsets (exclusive) where some substring ending there is within maxErrors of pattern, with its error count. */
function matchEnds(text: string, pattern: string, maxErrors: number): { end: number; errors: number }[] {
  const m = pattern.length;
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let lastActive = Math.min(maxErrors, m);
  const ends: { end: number; errors: number }[] = [];
  for (let j = 0; j < text.length; j++) {
    const char = text.charCodeAt(j);
    let diagonal = 0; // column[0] of previous column: free start
    const limit = Math.min(m, lastActive + 1);
    for (let i = 1; i <= limit; i++) {
      const above = column[i - 1];
      const left = column[i];
      const substitute = diagonal + (pattern.charCodeAt(i - 1) === char ? 0 : 1);
      const value = Math.min(substitute, left + 1, above + 1);
      diagonal = left;
      column[i] = value;
    }
    for (let i = limit + 1; i <= m; i++) column[i] = maxErrors + 1;
    lastActive = limit;
    while (lastActive > 0 && column[lastActive] > maxErrors) lastActive--;
    if (lastActive === m) ends.push({ end: j + 1, errors: column[m] });
  }
  return ends;
}

/** Start of the best alignment of pattern ending exactly at `end` (reverse DP over a short window). */
function matchStart(text: string, pattern: string, end: number, maxErrors: number): { start: number; errors: number } {
  const m = pattern.length;
  const windowStart = Math.max(0, end - m - maxErrors);
  const window = text.slice(windowStart, end);
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  let best = { length: 0, errors: m };
  for (let length = 1; length <= window.length; length++) {
    current[0] = length;
    const char = window.charCodeAt(window.length - length);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(m - i) === char ? 0 : 1;
      current[i] = Math.min(previous[i - 1] + cost, previous[i] + 1, current[i - 1] + 1);
    }
    const closer = Math.abs(length - m) < Math.abs(best.length - m);
    if (current[m] < best.errors || (current[m] === best.errors && closer)) best = { length, errors: current[m] };
    [previous, current] = [current, previous];
  }
  return { start: end - best.length, errors: best.errors };
}

/**
 * Occurrences of pattern in text with at most maxErrors edits, best first, one per cluster of
 * overlapping ends (a match is reported at its locally best end), at most `limit` of them.
 */
export function searchApproximate(text: string, pattern: string, maxErrors: number, limit = 20): ApproximateMatch[] {
  if (pattern.length === 0) return [];
  const ends = matchEnds(text, pattern, maxErrors);
  const local: { end: number; errors: number }[] = [];
  for (const candidate of ends) {
    const last = local[local.length - 1];
    if (last && candidate.end - last.end < pattern.length / 2) {
      if (candidate.errors < last.errors) local[local.length - 1] = candidate;
    } else {
      local.push(candidate);
    }
  }
  local.sort((a, b) => a.errors - b.errors);
  return local.slice(0, limit).map(({ end, errors }) => {
    const start = matchStart(text, pattern, end, maxErrors);
    return { start: start.start, end, errors: Math.min(errors, start.errors) };
  });
}
