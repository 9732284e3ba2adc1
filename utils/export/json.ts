/**
 * Our own format: the full bundle as JSON, the one that restores everything. Importing checks
 * the whole file before returning anything, so a bad file changes nothing.
 */
import { buildBundle, dedupeRecords, type ExportInput } from './bundle';
import { exportBundleSchema, type ImportResult } from './schema';
import { describeIssues, parseJsonText } from './validation';

/** Writes the bundle, pretty-printed so a reader can inspect the file. */
export function exportJson(input: ExportInput, now: Date = new Date()): string {
  return JSON.stringify(buildBundle(input, now), null, 2) + '\n';
}

/** Reads our JSON; on any problem returns the first one with its path and reason. */
export function importJson(text: string): ImportResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value as { format?: unknown; version?: unknown } | null;
  if (typeof value === 'object' && value !== null && value.format === 'sourcelight' && value.version !== 1)
    return { ok: false, error: `version: this file is version ${JSON.stringify(value.version)}; only version 1 can be read` };
  const bundle = exportBundleSchema.safeParse(parsed.value);
  if (!bundle.success) return { ok: false, error: describeIssues(bundle.error) };
  return { ok: true, records: dedupeRecords(bundle.data) };
}
