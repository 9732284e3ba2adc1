/** Export and import of the reader's notes: plain data in, file text out (and back); no DOM or storage. */
export { buildBundle, dedupeRecords, type ExportInput } from './bundle';
export { exportJson, importJson } from './json';
export { exportMarkdown } from './markdown';
export { exportCsv, CSV_COLUMNS } from './csv';
export { exportWebAnnotations, importWebAnnotations, ANNO_CONTEXT } from './web-annotation';
export { exportHypothesis } from './hypothesis';
export {
  exportBundleSchema, exportClaimSchema, exportNoteSchema, exportPageSchema, httpUrlSchema,
  type ExportBundle, type ExportClaim, type ExportNote, type ExportPage, type ImportedRecords, type ImportResult,
} from './schema';
