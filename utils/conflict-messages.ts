/**
 * Shapes of the conflict and export/import messages, kept beside utils/messages.ts (which
 * lists every message) so the protocol table stays readable.
 */
import { z } from './zod-mini';
import { SOURCE_TYPES } from './attribution/types';
import { textQuoteSelectorSchema } from './anchoring/selectors';
import { CONFLICT_KINDS } from './conflicts/conflict-kinds';

/** One side of a conflict as the popup and sidebar show it. */
export const conflictSideSchema = z.object({
  pageUrl: z.string(),
  attributionId: z.string(),
  claim: z.string(),
  sourceName: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  anonymous: z.boolean(),
  pageTitle: z.string(),
  site: z.string(),
  readAt: z.number(),
  quote: textQuoteSelectorSchema,
});

/** A stored conflict between two pages' claims. */
export const conflictSchema = z.object({
  id: z.string(),
  a: conflictSideSchema,
  b: conflictSideSchema,
  kind: z.enum(CONFLICT_KINDS),
  reason: z.string(),
  score: z.number(),
  foundAt: z.number(),
});

/** Export formats offered, in the order the popup lists them. */
export const exportFormatSchema = z.enum(['json', 'markdown', 'csv', 'w3c', 'hypothesis']);
/** Formats that can be imported back. */
export const importFormatSchema = z.enum(['json', 'w3c']);
/** Largest import file accepted: a big library of notes, bounded so a bad file cannot exhaust memory. */
export const MAX_IMPORT_LENGTH = 50_000_000;

/** A conflict as the popup sees it. */
export type ConflictMessage = z.infer<typeof conflictSchema>;
/** One side of a conflict. */
export type ConflictSideMessage = z.infer<typeof conflictSideSchema>;

