/**
 * Finds the element that holds the article body, so only the story is read and highlighted: marked
 * containers (itemprop=articleBody, <article>) when the page has them, otherwise the densest block of
 * real paragraphs (a Readability-style score), widened to take in the headline when it sits just
 * outside. Furniture and hidden elements never score.
 */
import { isExcluded, type ExclusionCheck, type VisibilityCheck } from './boilerplate';
import { tagOf } from './markup';
import { extractArticleTextSteps } from './extract-text';
import { findHeadline } from './headline';
import { widen } from './root-widen';
import { runToEnd, type Steps } from './stepwise';

/** Options for findArticleRoot. */
export interface RootOptions {
  /** Extra visibility test, e.g. computed style in the browser. */
  isVisible?: VisibilityCheck;
  /** The exclusion test to ask (isVisible bound), when the caller shares one with the text's extraction (memoisedExclusion). */
  isExcluded?: ExclusionCheck;
}

const MIN_PARAGRAPH = 25;
const MAX_LINK_SHARE = 0.5;

/** Memoised "is this element or an ancestor left out?" so scoring stays linear in page size. */
function exclusionTest(doc: Document, opts: RootOptions): (el: Element) => boolean {
  const excludedHere = opts.isExcluded ?? ((el: Element) => isExcluded(el, opts.isVisible));
  const memo = new Map<Element, boolean>();
  const stop = new Set<Element | null>([doc.body, doc.documentElement, null]);
  const test = (el: Element | null): boolean => {
    if (el === null || stop.has(el)) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const result = excludedHere(el) || test(el.parentElement);
    memo.set(el, result);
    return result;
  };
  return test;
}

/** Paragraphs scored between two pause points of the stepwise search. */
const PARAGRAPHS_PER_STEP = 8;

/** Length of the text with white space runs collapsed to one space and trimmed. */
function collapsedLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Commas, full-width commas and ideographic commas: each one a clause, as Readability scores. */
const COMMAS = [',', '\uff0c', '\u3001'];

/**
 * Collapsed length and comma count of a paragraph's text. Native string calls, not a loop over
 * characters: this runs once per paragraph in the content script's first task, where a loop runs
 * cold (interpreted) and cost about ten times as much.
 */
function measureText(text: string): { length: number; commas: number } {
  let commas = 0;
  for (const comma of COMMAS) for (let i = text.indexOf(comma); i !== -1; i = text.indexOf(comma, i + 1)) commas++;
  return { length: collapsedLength(text), commas };
}

/** Tags that make a <div> a container rather than a paragraph written without <p>. */
const BLOCK_CHILD = new Set([
  'p', 'div', 'pre', 'table', 'ul', 'ol', 'dl', 'section', 'article', 'aside', 'blockquote', 'figure',
  'header', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'main', 'nav',
]);

/** A <div> holding text directly and no blocks: a paragraph to the reader (wire sites write every paragraph so). */
function isDivParagraph(div: Element): boolean {
  let hasText = false;
  for (let child = div.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test((child as Text).data)) hasText = true;
    else if (child.nodeType === 1 && BLOCK_CHILD.has(tagOf(child as Element))) return false;
  }
  return hasText;
}

/** <p> and <pre>, plus blocks written as text (and <br>) without <p> (older CMSs, wire sites), as Readability counts them. */
function paragraphLike(doc: Document): Element[] {
  const found = new Set<Element>(Array.from(doc.querySelectorAll('p, pre')));
  for (const div of Array.from(doc.querySelectorAll('div'))) if (isDivParagraph(div)) found.add(div);
  for (const br of Array.from(doc.querySelectorAll('div > br'))) {
    const block = br.parentElement;
    if (block && !found.has(block) && !block.querySelector('p, div, pre, table, ul, ol')) found.add(block);
  }
  return [...found];
}

/** Score per element from the paragraphs below it, and plain paragraph text per ancestor. */
function* scoreParagraphs(doc: Document, excluded: (el: Element) => boolean) {
  const score = new Map<Element, number>();
  const paragraphText = new Map<Element, number>();
  let sinceStep = 0;
  const paragraphs = paragraphLike(doc);
  yield; // collecting them is a whole-document query of its own
  for (const p of paragraphs) {
    if (++sinceStep === PARAGRAPHS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    if (excluded(p)) continue;
    const { length, commas } = measureText(p.textContent ?? '');
    if (length < MIN_PARAGRAPH) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += collapsedLength(a.textContent);
    if (linked / length > MAX_LINK_SHARE) continue;
    const value = 1 + commas + Math.min(Math.floor(length / 100), 3);
    let level = 0;
    for (let a = p.parentElement; a !== null && a !== doc.documentElement; a = a.parentElement, level++) {
      if (level < 5) score.set(a, (score.get(a) ?? 0) + value / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      paragraphText.set(a, (paragraphText.get(a) ?? 0) + length);
    }
  }
  return { score, paragraphText };
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
function* withHeadline(root: Element, doc: Document, excluded: (el: Element) => boolean, opts: RootOptions): Steps<Element> {
  if (root.querySelector('h1')) return root;
  const headline = findHeadline(doc, excluded);
  if (!headline || root.contains(headline)) return root;
  const both = commonAncestor(root, headline);
  if (!both || both === doc.documentElement) return root;
  const bodyLength = (yield* extractArticleTextSteps(root, opts)).text.length;
  const widerLength = (yield* extractArticleTextSteps(both, opts)).text.length;
  return widerLength <= bodyLength * 1.3 + 400 ? both : root;
}

/** Where the page itself says the story is, most specific first, for pages with no scoring paragraphs. */
function markedFallback(doc: Document): Element {
  for (const selector of ['[itemprop~="articleBody"]', 'article', 'main', '[role="main"]']) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return doc.body ?? doc.documentElement;
}

/** The element holding the article: body text, captions and headline; falls back to <body>. */
export function findArticleRoot(doc: Document, opts: RootOptions = {}): Element {
  return runToEnd(findArticleRootSteps(doc, opts));
}

/** findArticleRoot as pausable steps (see stepwise.ts): the browser reads a huge page in slices. */
export function* findArticleRootSteps(doc: Document, opts: RootOptions = {}): Steps<Element> {
  const excluded = exclusionTest(doc, opts);
  const { score, paragraphText } = yield* scoreParagraphs(doc, excluded);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, value] of score) {
    if (value > bestScore) {
      best = el;
      bestScore = value;
    }
  }
  if (best === null) return yield* withHeadline(markedFallback(doc), doc, excluded, opts);
  const body = preferMarked(widen(best, doc, paragraphText), doc, excluded, paragraphText);
  return yield* withHeadline(body, doc, excluded, opts);
}
