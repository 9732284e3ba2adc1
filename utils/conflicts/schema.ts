/**
 * Shapes that cross the conflict finder's boundary: claims come from the engine, the database
 * or a JSONL file written by hand, so every one is checked before it reaches the index.
 */
import { z } from 'zod';
import { CONFLICT_KINDS, type ConflictKind } from './conflict-kinds';

/** A claim as the finder needs it; source fields are optional because a CLI user may omit them. */
export const ClaimSchema = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  page: z.string().min(1, 'page must be a non-empty string'),
  text: z.string().min(1, 'text must be a non-empty string'),
  sourceDescription: z.string().optional(),
  sourceType: z.string().optional(),
  date: z.string().optional(),
  pageTitle: z.string().optional(),
  site: z.string().optional(),
});

/** One claim read from any page; the id must be unique across the whole store. */
export type Claim = z.infer<typeof ClaimSchema>;

/** Why two claims disagree: defined without zod in conflict-kinds.ts (the content script uses them). */
export { CONFLICT_KINDS, type ConflictKind } from './conflict-kinds';

/** A pair the reader should look at; `a` is the claim that was stored first. */
export interface Conflict {
  a: string;
  b: string;
  kind: ConflictKind;
  /** One line a reader understands without seeing the two pages. */
  reason: string;
  /** 0..1, higher is surer; callers may hide low scores. */
  score: number;
}

/** Validates the output too, so the CLI's JSON is checked before a consumer trusts it. */
export const ConflictSchema = z.object({
  a: z.string(),
  b: z.string(),
  kind: z.enum(CONFLICT_KINDS),
  reason: z.string(),
  score: z.number().min(0).max(1),
});
