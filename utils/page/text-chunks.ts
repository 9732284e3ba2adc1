/**
 * Splits article text into runs of whole paragraphs, so a very long page is annotated a piece at
 * a time with the main thread free in between, and an unchanged piece is recognised by its hash.
 * Never cuts inside a quotation that runs on into the next paragraph.
 */

/** A slice of the article text: `text === whole.slice(start, end)`. */
export interface TextChunk {
  start: number;
  end: number;
  text: string;
}

/** Opening minus closing quotation marks: > 0 means the paragraph leaves a quotation open. */
function openQuotes(paragraph: string): number {
  let open = 0;
  let straight = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 0x201c || c === 0x00ab) open++;
    else if (c === 0x201d || c === 0x00bb) open = Math.max(0, open - 1);
    else if (c === 0x22) straight++;
  }
  return open + (straight % 2);
}

/**
 * Paragraph-aligned chunks of at most about `maxChars` (a single longer paragraph stays whole).
 * Texts up to `maxChars` come back as one chunk, so ordinary articles are read in one piece.
 * `rampChars` caps the first chunks lower: the engine's first calls on a page run cold (not yet
 * compiled to fast code) and take several times longer per character than later ones.
 */
export function splitIntoChunks(text: string, maxChars: number, rampChars: readonly number[] = []): TextChunk[] {
  if (text.length <= maxChars) return text.length === 0 ? [] : [{ start: 0, end: text.length, text }];
  const chunks: TextChunk[] = [];
  // The current chunk's cap; read from the ramp only when a chunk is done (no reads past its end).
  let cap = Math.min(maxChars, rampChars.length > 0 ? rampChars[0] : maxChars);
  let chunkStart = 0;
  let paragraphStart = 0;
  while (paragraphStart < text.length) {
    const breakAt = text.indexOf('\n\n', paragraphStart);
    const paragraphEnd = breakAt === -1 ? text.length : breakAt;
    const nextStart = breakAt === -1 ? text.length : breakAt + 2;
    const full = nextStart - chunkStart >= cap;
    const followingBreak = full ? -1 : text.indexOf('\n\n', nextStart);
    const wantsCut = full || (followingBreak === -1 ? text.length : followingBreak) - chunkStart > cap;
    // Quotes are counted only where a cut is wanted: a pass over every paragraph of a long page
    // would cost a long task's worth of the main thread, for the same chunks.
    if (breakAt === -1 || (wantsCut && openQuotes(text.slice(paragraphStart, paragraphEnd)) === 0)) {
      chunks.push({ start: chunkStart, end: paragraphEnd, text: text.slice(chunkStart, paragraphEnd) });
      chunkStart = nextStart;
      cap = chunks.length < rampChars.length ? Math.min(maxChars, rampChars[chunks.length]) : maxChars;
    }
    paragraphStart = nextStart;
  }
  return chunks.filter((chunk) => chunk.end > chunk.start);
}

/**
 * A 53-bit hash of a string (two FNV-1a style lanes): the cache key that says "this text was
 * already annotated", so unchanged text never runs through the engine twice.
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return `${(h1 >>> 0).toString(36)}.${((h2 >>> 0) & 0x1fffff).toString(36)}.${text.length.toString(36)}`;
}
