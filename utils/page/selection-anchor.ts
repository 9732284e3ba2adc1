/**
 * Answers the background's "what has the reader selected?" (context menu "Add note to selection"),
 * anchored in the same article text the page's attributions were reported in.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createAnchor } from '@/utils/anchoring';
import { MAX_QUOTE_LENGTH } from '@/utils/anchoring/selectors';
import type { ArticleTextMap } from '@/utils/article';
import { createMessageListener, currentIdentity } from '@/utils/message-transport';

/** The article text and map the last report used. */
export interface AnchorBasis {
  text: string;
  map: ArticleTextMap;
}

/** Anchor of the current selection in the article text, or null if nothing in the article is selected. */
export function selectionAnchor(doc: Document, basis: AnchorBasis | null) {
  const selection = doc.getSelection();
  if (!basis || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = basis.map.toTextOffset(range.startContainer, range.startOffset);
  const end = basis.map.toTextOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  let from = start;
  let to = Math.min(end, start + MAX_QUOTE_LENGTH);
  while (from < to && /\s/.test(basis.text[from])) from++;
  while (to > from && /\s/.test(basis.text[to - 1])) to--;
  return to > from ? createAnchor(basis.text, from, to) : null;
}

/**
 * Registers the message handler for the tab's lifetime. Our identity (which reads the manifest, a
 * few milliseconds the first time in a page) is read on the first message, not at start-up.
 */
export function answerSelectionRequests(ctx: ContentScriptContext, doc: Document, basis: () => AnchorBasis | null): void {
  let checked: ReturnType<typeof createMessageListener> | null = null;
  const listener: ReturnType<typeof createMessageListener> = (raw, sender, sendResponse) => {
    checked ??= createMessageListener({ 'background:get-selection-anchor': () => ({ anchor: selectionAnchor(doc, basis()) }) }, currentIdentity());
    return checked(raw, sender, sendResponse);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
