/**
 * Notes as Markdown, grouped by page: readable anywhere, pasteable into a document. Every
 * piece of text comes from a reader or a web page, so all of it is escaped; links are http(s).
 */
import { buildBundle, pageTitleOf, type ExportInput } from './bundle';
import type { ExportBundle, ExportNote } from './schema';
import { escapeMarkdown, isHttpUrl, markdownUrl } from './text-safety';

function quoteBlock(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function heading(bundle: ExportBundle, url: string, fallbackTitle: string): string {
  const title = escapeMarkdown(pageTitleOf(bundle, url, fallbackTitle) || url);
  return isHttpUrl(url) ? `## [${title}](${markdownUrl(url)})` : `## ${title}`;
}

function noteBlock(note: ExportNote): string {
  const parts: string[] = [];
  if (note.anchor) parts.push(quoteBlock(note.anchor.quote.exact));
  if (note.text.trim()) parts.push(escapeMarkdown(note.text));
  const status = note.anchorStatus === 'orphaned' ? ' · passage not found on last visit' : '';
  parts.push(`*${new Date(note.updatedAt).toISOString().slice(0, 10)}${status}*`);
  return parts.join('\n\n');
}

/** Writes the notes page by page, in page order, newest note last. */
export function exportMarkdown(input: ExportInput, now: Date = new Date()): string {
  const bundle = buildBundle(input, now);
  const byPage = new Map<string, ExportNote[]>();
  for (const note of [...bundle.notes].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))) {
    byPage.set(note.pageUrl, [...(byPage.get(note.pageUrl) ?? []), note]);
  }
  const out = [`# Sourcelight notes`, '', `*Exported ${bundle.exportedAt}*`];
  for (const [url, notes] of byPage) {
    out.push('', heading(bundle, url, notes[0].pageTitle));
    for (const note of notes) out.push('', noteBlock(note));
  }
  return out.join('\n') + '\n';
}
