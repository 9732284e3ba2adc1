/**
 * The names Sourcelight registers in `CSS.highlights`: one per kind of text, so the stylesheet can
 * give each its own colour and underline, and tests can read what was painted where.
 */

/** Named content, anonymous content, and the mention of the source. */
export const HIGHLIGHT_NAMES = {
  named: 'sourcelight-named',
  anonymous: 'sourcelight-anonymous',
  source: 'sourcelight-source',
} as const;

/** Which of the three highlights a span goes into; also the fallback `<mark data-sourcelight>` value. */
export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/** A short-lived highlight for "here it is" after a jump from the sidebar. */
export const FLASH_HIGHLIGHT = 'sourcelight-flash';

/** The attribute that marks our fallback `<mark>` elements, so we only ever unwrap our own. */
export const MARK_ATTRIBUTE = 'data-sourcelight';

/** Set on <html> while the page is dark, so the stylesheet picks the dark palette. */
export const THEME_ATTRIBUTE = 'data-sourcelight-theme';

/** One span to paint: article-text offsets plus what it belongs to. */
export interface PaintSpan {
  kind: HighlightKind;
  start: number;
  end: number;
  attributionId: string;
}
