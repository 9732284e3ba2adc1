/**
 * Furniture told by what a small block says, for pages whose class names say nothing (hashed CSS,
 * utility classes): "Read more:" links and link lists, "Story continues below advertisement" and
 * similar labels, wire-story credit lines ("Reporting by ...; Editing by ..."), newsletter sign-up
 * boxes. Only small blocks are read, in one bounded walk, so the check stays cheap on any page.
 */
import { isHiddenByMarkup, tagOf } from './markup';

/** Largest block (in nodes and characters) worth reading: furniture of these kinds is short. */
const MAX_NODES = 60;
const MAX_CHARS = 600;
const MAX_DEPTH = 8;

/** Tags whose content is never shown as text, so it does not count towards a block's words. */
const SILENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'textarea']);

/** Block-level containers a reader sees as one unit; never inline elements, which sit inside sentences. */
const BLOCK_TAGS = new Set(['div', 'section', 'p', 'figure', 'ul', 'ol', 'li', 'dl', 'header']);

/** Labels that stand in for furniture when they are a block's whole text. */
const FURNITURE_LABEL = new RegExp(
  '^(?:advert(?:isement)?|ads?|sponsored(?: content)?|paid (?:content|post)' +
    '|(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: advert(?:isement)?| ad)?' +
    '|continue reading (?:below|the main story)' +
    '|skip (?:to |past |over |(?:\\w+ ){1,2}(?:post|content|video|ad)\\b).{0,50}' +
    '|end of (?:\\w+ ){1,2}(?:post|content|video|promotion)\\b.{0,50}|after (?:\\w+ )?promotion' +
    '|(?:please )?(?:turn on|enable) javascript\\b.{0,60})$',
  'i',
);

/** Labels that introduce a link to another story ("Read more:", "Related:", "See also:"). */
const LINK_LEAD_IN = /^(?:(?:read|see|watch|listen)(?: (?:more|also|next|this))?|related(?: \w+)?|more|also)\s*:?$/i;

/** Staff credit lines that close wire copy: not part of the story, and they name people without quoting them. */
const CREDIT_ROLE = '(?:(?:additional )?reporting|writing|editing|compiled|research|graphics|fact[- ]checking) by\\b';
const CREDIT_LIST = new RegExp(`^\\(?\\s*${CREDIT_ROLE}[^"“”]*$`, 'i');
const CREDIT_SECOND_ROLE = new RegExp(`;\\s*${CREDIT_ROLE}`, 'i');
const CONTRIBUTED_LINE = /^[^"“”]{0,160}\b(?:writers?|correspondents?|reporters?) [^"“”]{0,120}\bcontributed (?:reporting|to this (?:report|story|article))\b[^"“”]{0,60}$/i;

const CONTRIBUTED_WORD = /contributed/i;

/** "Reporting by ...; Editing by ..." (a list, not a sentence that starts so) or "... writer X contributed to this report." */
function isCreditLine(text: string): boolean {
  if (text.length >= 400) return false;
  // the word first: the pattern tries its 160-character lead-in at every start, on every small block
  if (CONTRIBUTED_WORD.test(text) && CONTRIBUTED_LINE.test(text)) return true;
  return CREDIT_LIST.test(text) && (CREDIT_SECOND_ROLE.test(text) || !text.endsWith('.'));
}

/** Text and link share of a small block, or null when the block is too big to be furniture of this kind. */
interface BlockProfile {
  text: string;
  linked: number;
  links: number;
  hasEmailField: boolean;
  /** A heading inside: a linked headline (themes link the title to its own page) is never a bare link. */
  hasHeading: boolean;
}

const HEADING = /^h[1-6]$/;

/**
 * One bounded walk over the block in document order: gives up (null) past MAX_NODES, MAX_DEPTH or
 * MAX_CHARS. It follows the tree's own links, allocating nothing per node: it runs on nearly every
 * block of the page in the content script's first task, where its code is still cold.
 */
function profileSmallBlock(block: Element): BlockProfile | null {
  let text = '';
  let linked = 0;
  let links = 0;
  let hasEmailField = false;
  let hasHeading = false;
  let visited = 0;
  let depth = 1; // of `node` below the block
  let linkDepth = 0; // of the link the walk is inside (0: none)
  let node: Node | null = block.firstChild;
  while (node !== null) {
    if (++visited > MAX_NODES) return null;
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      text += data;
      if (linkDepth > 0) linked += data.replace(/\s+/g, '').length;
      if (text.length > MAX_CHARS * 4) return null;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'email') hasEmailField = true;
      if (!SILENT_TAGS.has(tag) && !isHiddenByMarkup(el)) {
        if (HEADING.test(tag)) hasHeading = true;
        const opensLink = tag === 'a' && linkDepth === 0;
        if (opensLink) links++;
        if (el.firstChild !== null) {
          if (depth >= MAX_DEPTH) return null;
          if (opensLink) linkDepth = depth;
          descend = true;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node.nextSibling === null) {
      node = node.parentNode!;
      if (node === block) return finishProfile(text, linked, links, hasEmailField, hasHeading);
      depth--;
    }
    if (linkDepth >= depth) linkDepth = 0; // leaving the link for its next sibling
    node = node.nextSibling;
  }
  return finishProfile(text, linked, links, hasEmailField, hasHeading);
}

function finishProfile(raw: string, linked: number, links: number, hasEmailField: boolean, hasHeading: boolean): BlockProfile | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > MAX_CHARS ? null : { text, linked, links, hasEmailField, hasHeading };
}

/**
 * A link standing alone as a block ("Read more: ...", a related headline, a list of tag links):
 * links and at most a short lead-in, not a sentence that happens to contain a link.
 */
function isLinkBlock({ text, linked, links, hasHeading }: BlockProfile): boolean {
  if (linked === 0 || hasHeading) return false;
  const unlinked = text.replace(/\s+/g, '').length - linked;
  if (unlinked <= 0) return true;
  if (unlinked > 40 || linked < unlinked) return false;
  if (text.includes(':') && LINK_LEAD_IN.test(text.slice(0, text.indexOf(':')).trim())) return true;
  if (/[.!?"”’)]$/.test(text)) return false; // a sentence that names linked people or places
  return links >= 3 || linked >= 2 * unlinked; // a list of links (tags, topics) with a label, or a headline
}

/** A newsletter or registration box: an e-mail field with a little text around it. */
function isSignUpBox(tag: string, profile: BlockProfile): boolean {
  return profile.hasEmailField && tag !== 'p' && tag !== 'li';
}

/** In-page skip links ("Skip to content", "skip past newsletter promotion"): controls, not text. */
function isSkipLink(el: Element): boolean {
  return (el.getAttribute('href') ?? '').startsWith('#') && /^\s*skip\b/i.test(el.textContent ?? '');
}

/** True when a small block's own words show it is furniture (see the module comment). */
export function isFurnitureByText(el: Element, tag: string): boolean {
  if (tag === 'a') return isSkipLink(el);
  const isBlock = BLOCK_TAGS.has(tag);
  if (!isBlock && tag !== 'span') return false;
  const profile = profileSmallBlock(el);
  if (profile === null || profile.text.length === 0) return false;
  if (FURNITURE_LABEL.test(profile.text)) return true;
  if (!isBlock) return false;
  return isLinkBlock(profile) || isSignUpBox(tag, profile) || isCreditLine(profile.text);
}
