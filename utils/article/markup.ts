/**
 * What an element's own markup says: its tag, and whether markup alone hides it. Shared by the
 * furniture rules (boilerplate.ts) and the small-block reader (furniture-text.ts), which sits below them.
 */

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
