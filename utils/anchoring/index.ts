/** Anchoring: create selectors for a passage, re-find them in changed text, link to them. */
export { createAnchor } from './create';
export { reanchor, DEFAULT_REANCHOR_OPTIONS, type AnchorResult, type ReanchorOptions } from './reanchor';
export { searchApproximate, type ApproximateMatch } from './approximate';
export { textFragmentUrl, encodeFragmentTerm } from './text-fragment';
export {
  textAnchorSchema,
  textQuoteSelectorSchema,
  textPositionSelectorSchema,
  CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  type TextAnchor,
  type TextQuoteSelector,
  type TextPositionSelector,
} from './selectors';
