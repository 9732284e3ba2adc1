/**
 * "Export" (five formats, each a real file download) and "Import" (our JSON or W3C JSON-LD).
 * The background builds and validates the files; the popup only moves text to and from disk.
 */
import { useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/message-transport';
import { MAX_IMPORT_LENGTH } from '@/utils/messages';

/** The formats, in the order offered, with the names a reader knows them by. */
export const EXPORT_CHOICES = [
  { format: 'json', label: 'Sourcelight JSON' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)' },
  { format: 'hypothesis', label: 'Hypothesis JSON' },
] as const;

type ExportFormat = (typeof EXPORT_CHOICES)[number]['format'];

/** Which importer reads a file: ours when it says so, the W3C one otherwise (it names what is wrong). */
export function importFormatOf(text: string): 'json' | 'w3c' {
  try {
    const value = JSON.parse(text) as { format?: unknown } | null;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'format' in value ? 'json' : 'w3c';
  } catch {
    return 'json';
  }
}

/** Saves text as a file through a temporary link: a real download, no permission needed. */
export function downloadText(filename: string, mime: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Props: called after an import changed the library, so lists refresh. */
export interface ExportImportProps {
  onImported: () => void;
}

/** The export and import controls. */
export function ExportImport({ onImported }: ExportImportProps) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const exportNow = async () => {
    setStatus(null);
    try {
      const file = await sendToBackground('popup:export', { format });
      downloadText(file.filename, file.mime, file.text);
      setStatus({ error: false, text: `Exported ${file.filename}` });
    } catch (e) {
      setStatus({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus(null);
    try {
      // Refused before reading: a huge file would only be read into memory to be rejected.
      if (file.size > MAX_IMPORT_LENGTH) throw new Error(`Nothing was imported: the file is ${(file.size / 1e6).toFixed(1)} MB, the limit is ${MAX_IMPORT_LENGTH / 1e6} MB`);
      const text = await file.text();
      const done = await sendToBackground('popup:import', { format: importFormatOf(text), text });
      setStatus({ error: false, text: `Imported ${file.name}: ${done.notes} new or changed notes, ${done.pages} pages, ${done.claims} claims` });
      onImported();
    } catch (e) {
      setStatus({ error: true, text: `${file.name}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      input.value = '';
    }
  };

  return (
    <section aria-label="Export and import" class="transfer">
      <h2>Export and import</h2>
      <div class="note-actions">
        <select aria-label="Export format" value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}>
          {EXPORT_CHOICES.map((choice) => (
            <option key={choice.format} value={choice.format}>
              {choice.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void exportNow()}>
          Export
        </button>
      </div>
      <label class="import">
        Import (Sourcelight JSON or W3C JSON-LD){' '}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
