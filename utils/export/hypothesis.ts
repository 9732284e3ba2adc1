/**
 * Hypothesis-importable JSON: the shape Hypothesis's own export uses (export_date plus
 * annotations with uri, text, tags and a target holding both selectors), so notes can move there.
 */
import { buildBundle, pageTitleOf, type ExportInput } from './bundle';

/** Writes the notes in Hypothesis's export shape; tags name the quoted source when known. */
export function exportHypothesis(input: ExportInput, now: Date = new Date()): string {
  const bundle = buildBundle(input, now);
  const claims = new Map(bundle.claims.map((c) => [`${c.pageUrl}\u0000${c.id}`, c]));
  const annotations = bundle.notes.map((note) => {
    const claim = note.attributionId ? claims.get(`${note.pageUrl}\u0000${note.attributionId}`) : undefined;
    const tags = ['sourcelight', ...(claim?.sourceName ? [claim.sourceName] : [])];
    const target: Record<string, unknown> = { source: note.pageUrl };
    if (note.anchor)
      target.selector = [
        { type: 'TextQuoteSelector', ...note.anchor.quote },
        { type: 'TextPositionSelector', ...note.anchor.position },
      ];
    return {
      id: note.id,
      created: new Date(note.createdAt).toISOString(),
      updated: new Date(note.updatedAt).toISOString(),
      uri: note.pageUrl,
      text: note.text,
      tags,
      target: [target],
      document: { title: [pageTitleOf(bundle, note.pageUrl, note.pageTitle)] },
    };
  });
  return JSON.stringify({ export_date: bundle.exportedAt, annotations }, null, 2) + '\n';
}
