/**
 * W3C Web Annotation selectors, the portable way to point at a passage: the quote survives
 * layout changes, the position makes re-finding fast when nothing moved. Pure: strings only.
 */
import { z } from '../zod-mini';

/** Longest quote we keep: a note anchors a passage, not a whole article. */
export const MAX_QUOTE_LENGTH = 5_000;
/** Context kept either side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/** The passage itself plus a little context either side, as the W3C TextQuoteSelector has it. */
export const textQuoteSelectorSchema = z.object({
  exact: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE_LENGTH)),
  prefix: z.string().check(z.maxLength(1_000)),
  suffix: z.string().check(z.maxLength(1_000)),
});
/** Where the passage was: UTF-16 offsets into the page text, end exclusive. */
export const textPositionSelectorSchema = z
  .object({ start: z.number().check(z.int(), z.nonnegative()), end: z.number().check(z.int(), z.nonnegative()) })
  .check(z.refine((position) => position.end > position.start, { message: 'position end must be after start' }));

/** Both selectors together: the anchor every note and attribution carries. */
export const textAnchorSchema = z.object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema });

/** What a quote selector holds; see textQuoteSelectorSchema. */
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
/** What a position selector holds; see textPositionSelectorSchema. */
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
/** Quote plus position: what is stored for a passage. */
export type TextAnchor = z.infer<typeof textAnchorSchema>;
