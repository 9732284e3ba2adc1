/**
 * What a reader does not read as part of the article: hidden elements, page furniture (navigation,
 * promos, ads, "most read" lists, share bars, comments, footers). One place, so finding the article
 * root and extracting its text agree on what counts.
 */
import { isFurnitureByText } from './furniture-text';
import { isHiddenByMarkup, tagOf } from './markup';

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
const STRONG_FURNITURE = new RegExp(
  '(?:^|[\\s_-])(?:ads?|advert\\w*|adslot|adunit|dfp|promo\\w*|sponsor\\w*|newsletter\\w*|share|sharing|sharebar|social|comments?' +
    '|disqus|outbrain|taboola|recirc\\w*|trending|popular|most[\\s_-]?(?:read|popular|viewed|shared)|mostread|mostpopular' +
    // "subscriber" content is the story itself on paywalled pages; asking for a subscription is not
    '|subscribe(?!rs?(?:$|[\\s_-]))\\w*|subscriptions?|paywall\\w*|regwall|(?:contributions?|reader[\\s_-]?revenue|support)[\\s_-]?epic|cookie\\w*|consent|gdpr' +
    '|sr[\\s_-]?only|visually[\\s_-]?hidden|screen[\\s_-]?reader[\\s_-]?only|skip[\\s_-]?link|skyscraper|shoutbox|agegate' +
    // related stories never hold the story, whatever else their name says ("related-content", "jp-relatedposts")
    '|related\\w*|pull[\\s_-]?quotes?|pullquote\\w*|quote[\\s_-]?box' +
    '|(?:author|contributor)[\\s_-]?(?:bio|box|card|profile)|bio' +
    // embedded posts: the browser shows them in a frame of their own, the markup only as a fallback
    '|tweet|instagram[\\s_-]?media|tiktok[\\s_-]?embed|fb[\\s_-]?post|bluesky[\\s_-]?embed)(?=$|[\\s_-])',
  'i',
);

/** Class/id words that usually name furniture unless the same name also says it is the article. */
const WEAK_FURNITURE =
  /(?:^|[\s_-])(?:sidebar|footer|nav|navigation|menu|breadcrumbs?|toolbar|tags?|topics|more[\s_-]stories|read[\s_-]more|signup|widget|rail|masthead|community|replies|discussion|pagination|pager|supplemental)(?=$|[\s_-])/i;

/** Names that say "this is the article", overriding a weak furniture word (as Readability does). */
const ARTICLE_WORDS = /article|body|content|story|main|text|post/i;

/** Headings that introduce link lists rather than story text, for blocks with no telling class names. */
const FURNITURE_HEADING =
  /^(?:most (?:read|popular|viewed|shared|watched)|related\b.*|key (?:events|moments|updates)|more (?:from|on|stories|news)\b.*|recommended(?: for you)?|trending(?: now)?|you (?:may|might) also like|read (?:more|next)|popular(?: now)?|top stories|latest (?:news|stories)|editor'?s picks|sponsored(?: content)?)\s*:?$/i;

/** The block's heading: its first child, or the only child of a wrapper that comes first (two levels at most). */
function leadingHeading(el: Element): Element | null {
  let first = el.firstElementChild;
  for (let depth = 0; first !== null && depth < 2; depth++) {
    if (/^h[1-6]$/.test(tagOf(first))) return first;
    const only = first.firstElementChild;
    first = only !== null && only.nextElementSibling === null ? only : null;
  }
  return null;
}

/** True for a block headed "Most read", "Related stories"... whose text is largely links. */
function startsWithFurnitureHeading(el: Element): boolean {
  const first = leadingHeading(el);
  if (first === null) return false;
  const heading = (first.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (heading.length === 0 || heading.length >= 60 || !FURNITURE_HEADING.test(heading)) return false;
  const total = (el.textContent ?? '').length - (first.textContent ?? '').length;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return total <= 0 || linked >= 0.3 * total;
}

/**
 * The words an element is named by: class, id and the component names CMSs and test hooks put in
 * data attributes. CamelCase is split ("shareTools", "VisuallyHidden") so each word can match;
 * WordPress taxonomy classes ("tag-social-media", "category-promotions") name the story's topic,
 * not the element's role, and are left out.
 */
function namesOf(el: Element): string {
  const raw = ['class', 'id', 'data-component', 'data-qa', 'data-testid'].map((name) => el.getAttribute(name) ?? '').join(' ');
  if (raw.length < 6) return raw;
  return raw
    .split(/\s+/)
    .filter((token) => !/^(?:tag|category)-/i.test(token))
    .join(' ')
    .replace(/([a-z]{2,})(?=[A-Z][a-z]{2,})/g, '$1 ');
}

/** Page furniture judged by tag, role and class/id names. */
export function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'header' && !el.querySelector('h1, h2')) return true;
  if ((tag === 'section' || tag === 'div') && startsWithFurnitureHeading(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  const names = namesOf(el);
  if (STRONG_FURNITURE.test(names)) return true;
  if (WEAK_FURNITURE.test(names) && !ARTICLE_WORDS.test(names)) return true;
  return isFurnitureByText(el, tag);
}

/** Extra visibility test supplied by the caller (e.g. computed style in the browser). */
export type VisibilityCheck = (el: Element) => boolean;

/** One answer per element of `check`, asked once per element for one read. */
function memoPerElement(check: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    let answer = known.get(el);
    if (answer === undefined) known.set(el, (answer = check(el)));
    return answer;
  };
}

/** One answer per element for one read: finding the root and reading the text ask about the same elements. */
export function memoisedVisibility(check: VisibilityCheck | undefined): VisibilityCheck | undefined {
  return check ? memoPerElement(check) : undefined;
}

/** True when the element and everything in it should be left out of the article text. */
export function isExcluded(el: Element, isVisible?: VisibilityCheck): boolean {
  return isHiddenByMarkup(el) || isFurniture(el) || (isVisible !== undefined && !isVisible(el));
}

/** `isExcluded` with its visibility test bound: what finding the root and reading the text ask of each element. */
export type ExclusionCheck = (el: Element) => boolean;

/**
 * One `isExcluded` answer per element for one read of an unchanged page: finding the root and
 * reading the text ask about the same paragraphs and blocks, and the furniture test walks each
 * block's text, so asking once saves the content script that walk on every paragraph.
 */
export function memoisedExclusion(isVisible?: VisibilityCheck): ExclusionCheck {
  return memoPerElement((el) => isExcluded(el, isVisible));
}

/** The visibility and exclusion tests of one read, each asked once per element (the root search and the extraction share them). */
export function answersForOneRead(check: VisibilityCheck | undefined): { isVisible?: VisibilityCheck; isExcluded: ExclusionCheck } {
  const isVisible = memoisedVisibility(check);
  return { isVisible, isExcluded: memoisedExclusion(isVisible) };
}
