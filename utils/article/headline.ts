/**
 * Finds the story's headline so the article root can take it in: the page's <h1>, or on older
 * layouts without one (a styled <div class="storyHeadline">), the element whose text is the
 * document title's headline part ("Ferry operator fined :: Tri-County Herald").
 */
import { tagOf } from './markup';

/** Separators sites put between headline and site name (or section) in <title>. */
const TITLE_SEPARATORS = /\s+(?:[|–—·•»:]{1,2}|-{1,2})\s+/;

/** Longest text an element may hold to be a headline; also bounds the search's work per element. */
const MAX_HEADLINE = 300;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The title's parts that could be the headline, longest first: the site name is usually the short part. */
function titleCandidates(doc: Document): string[] {
  const title = collapse(doc.querySelector('title')?.textContent ?? '');
  const parts = title.split(TITLE_SEPARATORS).map((part) => part.toLowerCase()).filter((part) => part.length >= 15);
  return parts.sort((a, b) => b.length - a.length);
}

/** Text-like elements only (a few leaf children, no links): reading their text is cheap, and teasers link. */
function isPlainTextElement(el: Element): boolean {
  if (tagOf(el) === 'a') return false;
  let count = 0;
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (++count > 3 || child.firstElementChild !== null || tagOf(child) === 'a') return false;
  }
  return true;
}

/** An element whose own text (not a big subtree) equals a title part. */
function headlineByTitle(doc: Document, excluded: (el: Element) => boolean): Element | null {
  const wanted = titleCandidates(doc);
  if (wanted.length === 0 || doc.body === null) return null;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (!isPlainTextElement(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_HEADLINE) continue;
    const text = collapse(raw).toLowerCase();
    if (text.length > 0 && wanted.includes(text) && el.closest('a') === null && !excluded(el)) return el;
  }
  return null;
}

/** The headline element: the first visible <h1> with text, else the element matching the document title. */
export function findHeadline(doc: Document, excluded: (el: Element) => boolean): Element | null {
  const h1 = Array.from(doc.querySelectorAll('h1')).find((h) => !excluded(h) && collapse(h.textContent ?? '').length > 0);
  return h1 ?? headlineByTitle(doc, excluded);
}
