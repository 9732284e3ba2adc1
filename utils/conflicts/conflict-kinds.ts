/**
 * The kinds of conflict, in a file of their own with no zod import: the content script's message
 * schemas name them, and importing them from schema.ts would pull full zod into its bundle.
 */

/** Why two claims disagree; a closed set so the interface can word and style each one. */
export const CONFLICT_KINDS = ['denial-vs-assertion', 'opposite-polarity', 'numeric-disagreement'] as const;

/** One of CONFLICT_KINDS. */
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
