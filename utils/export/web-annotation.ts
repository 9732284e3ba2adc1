/**
 * W3C Web Annotation (JSON-LD) export and import: the open interchange format, readable by
 * annotation tools. Notes become Annotations whose target carries both selectors; fields the
 * W3C model has no place for (attribution link, anchor status) are rebuilt on import.
 */
import { z } from 'zod';
import { buildBundle, dedupeRecords, pageTitleOf, type ExportInput } from './bundle';
import { exportNoteSchema, httpUrlSchema, type ExportNote, type ImportResult } from './schema';
import { describeIssues, formatPath, parseJsonText } from './validation';
import { textPositionSelectorSchema, textQuoteSelectorSchema } from '../anchoring/selectors';
import { z as zMini } from '../zod-mini';

/** The W3C context every annotation names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const ID_PREFIX = 'urn:sourcelight:note:';

function annotationOf(note: ExportNote, title: string): Record<string, unknown> {
  const target: Record<string, unknown> = { source: note.pageUrl };
  if (title) target['dc:title'] = title;
  if (note.anchor)
    target.selector = [
      { type: 'TextQuoteSelector', ...note.anchor.quote },
      { type: 'TextPositionSelector', ...note.anchor.position },
    ];
  const annotation: Record<string, unknown> = {
    '@context': ANNO_CONTEXT,
    id: ID_PREFIX + encodeURIComponent(note.id),
    type: 'Annotation',
    motivation: note.text.trim() ? 'commenting' : 'highlighting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
  };
  if (note.text.trim()) annotation.body = { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' };
  annotation.target = target;
  return annotation;
}

/** Writes all notes as one AnnotationCollection; each annotation also stands alone. */
export function exportWebAnnotations(input: ExportInput, now: Date = new Date()): string {
  const bundle = buildBundle(input, now);
  const items = bundle.notes.map((n) => annotationOf(n, pageTitleOf(bundle, n.pageUrl, n.pageTitle)));
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Sourcelight notes',
    generated: bundle.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

/** Other tools may leave out the context; missing prefix or suffix reads as empty. */
const quoteSelectorSchema = zMini.extend(textQuoteSelectorSchema, {
  type: z.literal('TextQuoteSelector'),
  prefix: z.string().max(1_000).default(''),
  suffix: z.string().max(1_000).default(''),
});
const positionSelectorSchema = zMini.safeExtend(textPositionSelectorSchema, { type: z.literal('TextPositionSelector') });
const selectorSchema = z.object({ type: z.string('expected a selector with a type') }).loose();
const bodySchema = z.object({ type: z.literal('TextualBody', 'expected TextualBody'), value: z.string('expected the TextualBody value as a string').max(100_000) }).loose();
const annotationSchema = z.object({
  id: z.string().min(1).max(500),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))], 'expected "Annotation"'),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }).optional(),
  body: z.union([bodySchema, z.array(bodySchema)], 'expected a TextualBody or a list of them').optional(),
  target: z.union([
    httpUrlSchema,
    z.object({ source: httpUrlSchema, 'dc:title': z.string().max(2_000).optional(), selector: z.union([selectorSchema, z.array(selectorSchema)]).optional() }).loose(),
  ]),
}).loose();

type Annotation = z.infer<typeof annotationSchema>;

function noteOf(a: Annotation): ExportNote | string {
  const target = typeof a.target === 'string' ? { source: a.target } : a.target;
  const selectors = 'selector' in target && target.selector ? [target.selector].flat() : [];
  const quoteAt = selectors.findIndex((s) => s.type === 'TextQuoteSelector');
  const positionAt = selectors.findIndex((s) => s.type === 'TextPositionSelector');
  if (selectors.length > 0 && quoteAt < 0) return 'target.selector: expected TextQuoteSelector';
  if (quoteAt >= 0 && positionAt < 0) return 'target.selector: expected TextPositionSelector beside the TextQuoteSelector';
  const quote = quoteAt >= 0 ? quoteSelectorSchema.safeParse(selectors[quoteAt]) : null;
  if (quote && !quote.success) return describeIssues(quote.error, ['target', 'selector', quoteAt]) + ' (TextQuoteSelector)';
  const position = positionAt >= 0 ? positionSelectorSchema.safeParse(selectors[positionAt]) : null;
  if (position && !position.success) return describeIssues(position.error, ['target', 'selector', positionAt]) + ' (TextPositionSelector)';
  const bodies = a.body ? [a.body].flat() : [];
  const created = Date.parse(a.created);
  const id = a.id.startsWith(ID_PREFIX) ? decodeURIComponent(a.id.slice(ID_PREFIX.length)) : a.id;
  return {
    id,
    pageUrl: target.source,
    pageTitle: ('dc:title' in target && typeof target['dc:title'] === 'string' ? target['dc:title'] : '') ?? '',
    text: bodies.map((b) => b.value).join('\n\n'),
    createdAt: created,
    updatedAt: a.modified ? Date.parse(a.modified) : created,
    anchor: quote?.success && position?.success
      ? { quote: { exact: quote.data.exact, prefix: quote.data.prefix, suffix: quote.data.suffix }, position: { start: position.data.start, end: position.data.end } }
      : null,
    attributionId: null,
    anchorStatus: quote ? 'anchored' : 'page',
  };
}

/** Finds the annotations in a collection, a page, an array or a single annotation. */
function locateItems(value: unknown): { items: unknown[]; path: PropertyKey[] } | null {
  if (Array.isArray(value)) return { items: value, path: [] };
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const first = v.first as Record<string, unknown> | undefined;
  if (v.type === 'AnnotationCollection' && Array.isArray(first?.items)) return { items: first.items, path: ['first', 'items'] };
  if (v.type === 'AnnotationPage' && Array.isArray(v.items)) return { items: v.items, path: ['items'] };
  return { items: [value], path: [] };
}

/** Reads W3C annotations; on the first bad one returns its path and reason and nothing else. */
export function importWebAnnotations(text: string): ImportResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const located = locateItems(parsed.value);
  if (!located) return { ok: false, error: '(root): expected an Annotation, an array of them, or an AnnotationCollection' };
  const notes: ExportNote[] = [];
  for (let i = 0; i < located.items.length; i++) {
    const at = located.items.length === 1 && located.path.length === 0 && !Array.isArray(parsed.value) ? [] : [...located.path, i];
    const one = annotationSchema.safeParse(located.items[i]);
    if (!one.success) return { ok: false, error: describeIssues(one.error, at) };
    const note = noteOf(one.data);
    if (typeof note === 'string') return { ok: false, error: `${at.length ? formatPath(at) + '.' : ''}${note}` };
    const checked = exportNoteSchema.safeParse(note);
    if (!checked.success) return { ok: false, error: describeIssues(checked.error, at) };
    notes.push(checked.data);
  }
  return { ok: true, records: dedupeRecords({ pages: [], notes, claims: [] }) };
}
