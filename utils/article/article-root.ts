/**
 * Finds the element that holds the article body, so only the story is read and highlighted: marked
 * containers (itemprop=articleBody, <article>) when the page has them, otherwise the densest block of
 * real paragraphs (a Readability-style score), widened to take in the headline when it sits just
 * outside. Furniture and hidden elements never score.
 */
import { isExcluded, tagOf, type VisibilityCheck } from './boilerplate';
import { extractArticleText } from './extract-text';

/** Options for findArticleRoot. */
export interface RootOptions {
  /** Extra visibility test, e.g. computed style in the browser. */
  isVisible?: VisibilityCheck;
}

const MIN_PARAGRAPH = 25;
const MAX_LINK_SHARE = 0.5;

/** Memoised "is this element or an ancestor left out?" so scoring stays linear in page size. */
function exclusionTest(doc: Document, isVisible?: VisibilityCheck): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const stop = new Set<Element | null>([doc.body, doc.documentElement, null]);
  const test = (el: Element | null): boolean => {
    if (el === null || stop.has(el)) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const result = isExcluded(el, isVisible) || test(el.parentElement);
    memo.set(el, result);
    return result;
  };
  return test;
}

function collapsedLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, ' ').trim().length;
}

/** <p> and <pre>, plus blocks written as text and <br> without <p> (older CMSs), as Readability counts them. */
function paragraphLike(doc: Document): Element[] {
  const found = new Set<Element>(Array.from(doc.querySelectorAll('p, pre')));
  for (const br of Array.from(doc.querySelectorAll('div > br'))) {
    const block = br.parentElement;
    if (block && !found.has(block) && !block.querySelector('p, div, pre, table, ul, ol')) found.add(block);
  }
  return [...found];
}

/** Score per element from the paragraphs below it, and plain paragraph text per ancestor. */
function scoreParagraphs(doc: Document, excluded: (el: Element) => boolean) {
  const score = new Map<Element, number>();
  const paragraphText = new Map<Element, number>();
  for (const p of paragraphLike(doc)) {
    if (excluded(p)) continue;
    const length = collapsedLength(p.textContent);
    if (length < MIN_PARAGRAPH) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += collapsedLength(a.textContent);
    if (linked / length > MAX_LINK_SHARE) continue;
    const commas = (p.textContent ?? '').split(/[,，、]/).length - 1;
    const value = 1 + commas + Math.min(Math.floor(length / 100), 3);
    let level = 0;
    for (let a = p.parentElement; a !== null && a !== doc.documentElement; a = a.parentElement, level++) {
      if (level < 5) score.set(a, (score.get(a) ?? 0) + value / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      paragraphText.set(a, (paragraphText.get(a) ?? 0) + length);
    }
  }
  return { score, paragraphText };
}

function isMarkedBody(el: Element): boolean {
  return tagOf(el) === 'article' || /\barticleBody\b/.test(el.getAttribute('itemprop') ?? '');
}

/** From the best-scoring block, take in sibling blocks of the same story (split by ads or embeds). */
function widen(start: Element, doc: Document, paragraphText: Map<Element, number>): Element {
  let current = start;
  for (let step = 0; step < 3 && !isMarkedBody(current); step++) {
    const parent = current.parentElement;
    if (parent === null || parent === doc.body || parent === doc.documentElement) break;
    const inner = paragraphText.get(current) ?? 0;
    const outer = paragraphText.get(parent) ?? 0;
    if (outer < inner * 1.2 || inner < outer * 0.4) break;
    current = parent;
  }
  return current;
}

/** Prefer the page's own marking of the body when it agrees with the scoring. */
function preferMarked(found: Element, doc: Document, excluded: (el: Element) => boolean, paragraphText: Map<Element, number>): Element {
  const marked = Array.from(doc.querySelectorAll('[itemprop~="articleBody"]')).filter((el) => !excluded(el));
  for (const body of marked) {
    if (body.contains(found)) return body;
    if (found.contains(body) && (paragraphText.get(body) ?? 0) >= 0.5 * (paragraphText.get(found) ?? 0)) return body;
  }
  for (let a: Element | null = found; a !== null; a = a.parentElement) {
    if (tagOf(a) === 'article' && !excluded(a)) return a;
  }
  return found;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let x: Element | null = a; x !== null; x = x.parentElement) if (x.contains(b)) return x;
  return null;
}

/** Takes in the headline when it sits just outside the body, if that adds little else. */
function withHeadline(root: Element, doc: Document, excluded: (el: Element) => boolean, opts: RootOptions): Element {
  if (root.querySelector('h1')) return root;
  const headline = Array.from(doc.querySelectorAll('h1')).find((h) => !excluded(h) && collapsedLength(h.textContent) > 0);
  if (!headline) return root;
  const both = commonAncestor(root, headline);
  if (!both || both === doc.documentElement) return root;
  const bodyLength = extractArticleText(root, opts).text.length;
  const widerLength = extractArticleText(both, opts).text.length;
  return widerLength <= bodyLength * 1.3 + 400 ? both : root;
}

/** The element holding the article: body text, captions and headline; falls back to <body>. */
export function findArticleRoot(doc: Document, opts: RootOptions = {}): Element {
  const excluded = exclusionTest(doc, opts.isVisible);
  const { score, paragraphText } = scoreParagraphs(doc, excluded);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, value] of score) {
    if (value > bestScore) {
      best = el;
      bestScore = value;
    }
  }
  const fallback = doc.querySelector('[itemprop~="articleBody"], article, main, [role="main"]') ?? doc.body ?? doc.documentElement;
  if (best === null) return withHeadline(fallback, doc, excluded, opts);
  const body = preferMarked(widen(best, doc, paragraphText), doc, excluded, paragraphText);
  return withHeadline(body, doc, excluded, opts);
}
