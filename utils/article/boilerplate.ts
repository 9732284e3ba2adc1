/**
 * What a reader does not read as part of the article: hidden elements, page furniture (navigation,
 * promos, ads, "most read" lists, share bars, comments, footers). One place, so finding the article
 * root and extracting its text agree on what counts.
 */

/** Elements whose content is never article text (code, media, controls, furniture). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'button', 'select', 'input', 'textarea', 'form', 'nav',
  'aside', 'footer', 'dialog', 'head', 'title', 'meta', 'link',
]);

/** ARIA landmarks and widgets that are furniture, not body text. */
const SKIPPED_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'menu', 'menubar',
  'search', 'toolbar', 'tablist', 'button',
]);

/** Class/id words that name furniture anywhere (matched as whole words of the class or id). */
const STRONG_FURNITURE =
  /(?:^|[\s_-])(?:ads?|advert\w*|adslot|adunit|dfp|promo\w*|sponsor\w*|newsletter\w*|share|sharing|sharebar|social|comments?|disqus|outbrain|taboola|recirc\w*|trending|popular|most[\s_-]?(?:read|popular|viewed|shared)|mostread|mostpopular|subscribe\w*|cookie\w*|consent|gdpr|sr[\s_-]only|visually[\s_-]hidden|screen[\s_-]reader[\s_-]only|skip[\s_-]link|skyscraper|shoutbox|agegate)(?=$|[\s_-])/i;

/** Class/id words that usually name furniture unless the same name also says it is the article. */
const WEAK_FURNITURE =
  /(?:^|[\s_-])(?:related|sidebar|footer|nav|navigation|menu|breadcrumbs?|toolbar|tags|topics|more[\s_-]stories|read[\s_-]more|signup|widget|rail|masthead|community|replies|discussion|pagination|pager|supplemental)(?=$|[\s_-])/i;

/** Names that say "this is the article", overriding a weak furniture word (as Readability does). */
const ARTICLE_WORDS = /article|body|content|story|main|text|post/i;

/** Headings that introduce link lists rather than story text, for blocks with no telling class names. */
const FURNITURE_HEADING =
  /^(?:most (?:read|popular|viewed|shared|watched)|related(?: (?:stories|articles|content|coverage|topics|links))?|more (?:from|on|stories|news)\b.*|recommended(?: for you)?|trending(?: now)?|you (?:may|might) also like|read (?:more|next)|popular(?: now)?|top stories|latest (?:news|stories)|editor'?s picks|sponsored(?: content)?)\s*:?$/i;

/** True for a block headed "Most read", "Related stories"... whose text is largely links. */
function startsWithFurnitureHeading(el: Element): boolean {
  const first = el.firstElementChild;
  if (first === null || !/^h[1-6]$/.test(tagOf(first))) return false;
  const heading = (first.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (heading.length === 0 || heading.length >= 60 || !FURNITURE_HEADING.test(heading)) return false;
  const total = (el.textContent ?? '').length - (first.textContent ?? '').length;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return total <= 0 || linked >= 0.3 * total;
}

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Lower-case tag name that works for HTML and XHTML documents alike. */
export function tagOf(el: Element): string {
  return (el.localName || el.nodeName).toLowerCase();
}

/** Hidden by markup alone (attributes, inline style, closed details): visible to no reader. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style)) return true;
  const parent = el.parentElement;
  return parent !== null && tagOf(parent) === 'details' && !parent.hasAttribute('open') && tagOf(el) !== 'summary';
}

/** Page furniture judged by tag, role and class/id names. */
export function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'header' && !el.querySelector('h1, h2')) return true;
  if ((tag === 'section' || tag === 'div') && startsWithFurnitureHeading(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''}`;
  if (names.length < 2) return false;
  if (STRONG_FURNITURE.test(names)) return true;
  return WEAK_FURNITURE.test(names) && !ARTICLE_WORDS.test(names);
}

/** Extra visibility test supplied by the caller (e.g. computed style in the browser). */
export type VisibilityCheck = (el: Element) => boolean;

/** One answer per element for one read: finding the root and reading the text ask about the same elements. */
export function memoisedVisibility(check: VisibilityCheck | undefined): VisibilityCheck | undefined {
  if (!check) return undefined;
  const known = new Map<Element, boolean>();
  return (el) => {
    let visible = known.get(el);
    if (visible === undefined) known.set(el, (visible = check(el)));
    return visible;
  };
}

/** True when the element and everything in it should be left out of the article text. */
export function isExcluded(el: Element, isVisible?: VisibilityCheck): boolean {
  return isHiddenByMarkup(el) || isFurniture(el) || (isVisible !== undefined && !isVisible(el));
}
