/**
 * The export file's own versioned schema. It mirrors the database records (utils/db.ts) field
 * for field, so an export restores everything, but it is declared here, in pure code, because
 * a file from disk is untrusted input and must be checked before anything is merged.
 */
import { z } from 'zod';
import { textAnchorSchema } from '../anchoring/selectors';
import { SOURCE_TYPES } from '../attribution/types';

/** Only web pages can be linked to: javascript:, data: and the like are refused on import. */
export const httpUrlSchema = z
  .string()
  .max(4_000)
  .refine((u) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u), { message: 'expected an http(s) URL' });

/** Milliseconds since the epoch, as the database keeps times. */
const epochMsSchema = z.number().int().nonnegative();

/** A page read (PageRecord). */
export const exportPageSchema = z.object({
  url: httpUrlSchema,
  title: z.string().max(2_000),
  site: z.string().max(500),
  firstVisit: epochMsSchema,
  lastVisit: epochMsSchema,
});

/** One claim and its source on a page (AttributionRecord). */
export const exportClaimSchema = z.object({
  pageUrl: httpUrlSchema,
  id: z.string().min(1).max(200),
  claim: z.string().max(20_000),
  sourceName: z.string().max(500),
  sourceDescription: z.string().max(2_000),
  sourceType: z.enum(SOURCE_TYPES),
  anonymous: z.boolean(),
  sourceKey: z.string().max(500),
  anchor: textAnchorSchema,
});

/** The reader's note (NoteRecord); a page note has no anchor. */
export const exportNoteSchema = z.object({
  id: z.string().min(1).max(200),
  pageUrl: httpUrlSchema,
  pageTitle: z.string().max(2_000),
  text: z.string().max(100_000),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  anchor: z.nullable(textAnchorSchema),
  attributionId: z.string().max(200).nullable(),
  anchorStatus: z.enum(['page', 'anchored', 'orphaned']),
});

/** Version 1 of the file; a later version adds a schema beside this one, never edits it. */
export const exportBundleSchema = z.object({
  format: z.literal('sourcelight'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  pages: z.array(exportPageSchema),
  notes: z.array(exportNoteSchema),
  claims: z.array(exportClaimSchema),
});

/** A page as exported. */
export type ExportPage = z.infer<typeof exportPageSchema>;
/** A claim as exported. */
export type ExportClaim = z.infer<typeof exportClaimSchema>;
/** A note as exported. */
export type ExportNote = z.infer<typeof exportNoteSchema>;
/** The whole export file. */
export type ExportBundle = z.infer<typeof exportBundleSchema>;

/** What an import hands to the storage layer to merge in one transaction. */
export interface ImportedRecords {
  pages: ExportPage[];
  notes: ExportNote[];
  claims: ExportClaim[];
}

/** An import either yields records or one clear message; never a partial result. */
export type ImportResult = { ok: true; records: ImportedRecords } | { ok: false; error: string };
