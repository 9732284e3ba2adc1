/**
 * Widens the best-scoring block of paragraphs to the whole story: blocks of one story split by ads,
 * embeds or wrappers, and the entries of a live blog, without taking in the page around them.
 */
import { tagOf } from './markup';

function isMarkedBody(el: Element): boolean {
  return tagOf(el) === 'article' || /\barticleBody\b/.test(el.getAttribute('itemprop') ?? '');
}

/** Tag and first class name: what repeated blocks of one story (live-blog entries) share. */
function blockKind(el: Element): string | null {
  const firstClass = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return firstClass ? `${tagOf(el)}.${firstClass}` : null;
}

/** Fewest like blocks that make a run of entries (a live blog, a story split into numbered parts). */
const MIN_REPEATED_BLOCKS = 3;

/**
 * True when `block` is one of several like siblings (live-blog entries) that together hold most of
 * the parent's text, none of them most of it: a story followed by teaser cards of the same markup
 * ("<article class=story>" for the story and for each related one) is one story, not a run.
 */
function isOneOfRepeatedBlocks(block: Element, parent: Element, paragraphText: Map<Element, number>): boolean {
  const kind = blockKind(block);
  if (kind === null) return false;
  let count = 0;
  let text = 0;
  let largest = 0;
  for (const sibling of Array.from(parent.children)) {
    const siblingText = paragraphText.get(sibling) ?? 0;
    if (siblingText === 0 || blockKind(sibling) !== kind) continue;
    count++;
    text += siblingText;
    largest = Math.max(largest, siblingText);
  }
  return count >= MIN_REPEATED_BLOCKS && text >= 0.6 * (paragraphText.get(parent) ?? 0) && largest <= 0.5 * text;
}

/**
 * From the best-scoring block, take in sibling blocks of the same story: blocks split by ads or
 * embeds, and the other entries of a live blog (each entry often an <article> of its own). Wrappers
 * that add no text are looked through, but only kept when a level above them qualifies.
 */
export function widen(start: Element, doc: Document, paragraphText: Map<Element, number>): Element {
  let current = start;
  let probe = start;
  for (let step = 0; step < 5; step++) {
    const parent = probe.parentElement;
    if (parent === null || parent === doc.body || parent === doc.documentElement) break;
    const inner = paragraphText.get(probe) ?? 0;
    const outer = paragraphText.get(parent) ?? 0;
    const repeated = isOneOfRepeatedBlocks(probe, parent, paragraphText);
    if (isMarkedBody(probe) && !repeated) break;
    if (outer < inner * 1.2) {
      probe = parent;
      continue;
    }
    if (inner < outer * 0.4 && !repeated) break;
    current = probe = parent;
  }
  return current;
}
