/**
 * THE message protocol between content scripts, extension pages (popup) and the background:
 * every message's name (the prefix says who sends it), its sender kind, and zod schemas for its
 * request and response. The transport that checks them lives in utils/message-transport.ts.
 *
 * Directions:
 * - `content:*`   content script -> background (sender must be a tab running our content script)
 * - `popup:*`     extension page -> background (sender URL must be inside our extension origin)
 * - `background:*` background -> content script via tabs.sendMessage (sender: our extension, no tab)
 * - `sidebar-frame:*` the sidebar's extension frame (sidebar-context.html inside a tab) -> background;
 *   the only receiver of anything about other pages read (conflicts, sources quoted elsewhere)
 * - `content:annotate-text` is answered by the engine host (utils/engine-host/), the extension
 *   context where the engine stays warm: Chrome's offscreen document, Firefox's background page
 *
 * Schemas are built on first use (`lazy`): a content script uses three messages, and building
 * every schema at load would lengthen the page's first task. Settings are not messages: they
 * live in browser.storage.local (utils/settings.ts).
 */
import { z } from './zod-mini';
import { lazy } from './lazy';
import { SOURCE_TYPES } from './attribution/types';
import { textAnchorSchema, textQuoteSelectorSchema } from './anchoring/selectors';
import { CONFLICT_KINDS } from './conflicts/conflict-kinds';
import { annotateTextResponseSchema } from './engine-host/packed-schema';


/** Longest note body we accept: generous for a note, bounded so a bad sender cannot flood storage. */
export const MAX_NOTE_LENGTH = 20_000;
/** Largest import file accepted: a big library of notes, bounded so a bad file cannot exhaust memory. */
export const MAX_IMPORT_LENGTH = 50_000_000;
/** Most claims in one part of a page report: each message stays quick to validate and to clone. */
export const MAX_CLAIMS_PER_PART = 500;
/** Most parts in one page report (so at most 5,000 claims a page). */
export const MAX_REPORT_PARTS = 10;
/** The sidebar frame's page in the build (entrypoints/sidebar-context/), web-accessible so a tab can embed it. */
export const SIDEBAR_FRAME_PATH = 'sidebar-context.html';
/** Export formats offered, in the order the popup lists them. */
export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'w3c', 'hypothesis'] as const;

const urlText = () => z.string().check(z.minLength(1), z.maxLength(8_192));
const shortText = () => z.string().check(z.maxLength(2_000));
const noteText = () => z.string().check(z.maxLength(MAX_NOTE_LENGTH));
const int = () => z.number().check(z.int());

/** One attribution as the content script reports it: enough to count, list and re-find it. */
const attributionMessageSchema = lazy(() =>
  z.object({
    /** Stable per page (the engine derives it from spans), so a revisit updates instead of duplicating. */
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    claim: z.string().check(z.maxLength(10_000)),
    sourceName: z.string().check(z.maxLength(500)),
    sourceDescription: z.string().check(z.maxLength(2_000)),
    sourceType: z.enum(SOURCE_TYPES),
    anonymous: z.boolean(),
    anchor: textAnchorSchema,
  }),
);

/** Most text one annotate-text request carries: article chunks are far smaller; bounds a bad sender. */
export const MAX_ANNOTATE_CHARS = 2_000_000;

/** Who the page is: the background normalises `canonicalHref ?? url` into the stored key. */
const pageMetaSchema = lazy(() => z.object({ url: urlText(), canonicalHref: z.nullable(urlText()), title: shortText(), site: z.string().check(z.maxLength(500)) }));

/** How a note is stored and shown: 'page' notes have no anchor; 'orphaned' ones lost their passage. */
const noteSchema = lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    pageUrl: urlText(),
    pageTitle: shortText(),
    text: noteText(),
    createdAt: z.number(),
    updatedAt: z.number(),
    anchor: z.nullable(textAnchorSchema),
    attributionId: z.nullable(z.string()),
    anchorStatus: z.enum(['page', 'anchored', 'orphaned']),
  }),
);

/** One side of a conflict as the popup and sidebar show it. */
const conflictSideSchema = lazy(() =>
  z.object({
    pageUrl: z.string(), attributionId: z.string(), claim: z.string(), sourceName: z.string(), sourceType: z.enum(SOURCE_TYPES),
    anonymous: z.boolean(), pageTitle: z.string(), site: z.string(), readAt: z.number(), quote: textQuoteSelectorSchema,
  }),
);

/** A stored conflict between two pages' claims. */
const conflictSchema = lazy(() =>
  z.object({ id: z.string(), a: conflictSideSchema(), b: conflictSideSchema(), kind: z.enum(CONFLICT_KINDS), reason: z.string(), score: z.number(), foundAt: z.number() }),
);

/** The sidebar frame's whole view of its page's context; `page` is null until the tab's content script reported it. */
const sidebarContextSchema = lazy(() =>
  z.object({
    page: z.nullable(z.object({ url: z.string(), title: z.string() })),
    /** Named sources of this page quoted on other pages read too. */
    sources: z.array(z.object({ key: z.string(), name: z.string(), otherPages: z.number().check(z.int(), z.positive()) })),
    /** Claims of this page that another page read contradicts (`claim` is this page's, as stored). */
    conflicts: z.array(z.object({ conflictId: z.string(), attributionId: z.string(), claim: z.string(), reason: z.string(), other: conflictSideSchema() })),
    /** How many other pages this page conflicts with. */
    conflictingPages: int(),
  }),
);

/** Who sent a message, judged from the sender object, never from the message itself. */
export type SenderKind = 'content' | 'extension-page' | 'background' | 'sidebar-frame';

/**
 * A message's request and response schemas are each built on first use: a sender checks only its
 * request before sending (the response's schema is built while the answer is awaited, off the
 * path to it), a receiver only the other side's.
 */
const message = <F extends SenderKind, Q extends z.ZodMiniType, R extends z.ZodMiniType>(from: F, schemas: { request: () => Q; response: () => R }) => {
  const request = lazy(schemas.request);
  const response = lazy(schemas.response);
  const built = {
    get request() {
      return request();
    },
    get response() {
      return response();
    },
  };
  return { from, schemas: (): { readonly request: Q; readonly response: R } => built };
};

/** Every message: who may send it, what it carries, what comes back. */
export const protocol = {
  /**
   * The content script read a page, reported in parts of at most MAX_CLAIMS_PER_PART claims; the
   * background stores the page once every part of `part.report` arrived (the answer is null until
   * then). `text`, the string every anchor's offsets refer to, travels with the last part only.
   */
  'content:page-attributions': message('content', {
    request: () => z.extend(pageMetaSchema(), {
      part: z.object({ report: z.string().check(z.minLength(1), z.maxLength(100)), index: int().check(z.nonnegative()), count: int().check(z.positive(), z.lte(MAX_REPORT_PARTS)) }),
      text: z.nullable(z.string().check(z.maxLength(5_000_000))),
      attributions: z.array(attributionMessageSchema()).check(z.maxLength(MAX_CLAIMS_PER_PART)),
    }),
    // Nothing about other pages read: the content script shares its renderer with the page.
    response: () => z.nullable(z.object({ pageUrl: urlText(), anonymousClaims: int(), namedClaims: int(), notes: z.array(z.object({ id: z.string(), text: noteText(), start: int(), end: int() })) })),
  }),
  /**
   * Article text for the engine, answered by the engine host (warm, off the page's main thread);
   * the content script rebuilds the attributions and checks every span against its text before painting.
   */
  'content:annotate-text': message('content', {
    request: () => z.object({ text: z.string().check(z.maxLength(MAX_ANNOTATE_CHARS)) }),
    response: annotateTextResponseSchema,
  }),
  /** The engine host did not answer: the background (re)starts it (Chrome's offscreen document). */
  'content:start-engine-host': message('content', { request: () => z.object({}), response: () => z.object({ started: z.boolean() }) }),
  /** "Add note" on a claim in the sidebar (anchor = the claim's anchor) or on a passage. */
  'content:add-note': message('content', {
    request: () => z.extend(pageMetaSchema(), { text: noteText(), attributionId: z.nullable(z.string().check(z.maxLength(200))), anchor: z.nullable(textAnchorSchema) }),
    response: () => noteSchema(),
  }),
  /** Counts and identity of the page a tab shows, for the popup's header; null page: the tab was not read. */
  'popup:get-page-summary': message('extension-page', {
    request: () => z.object({ tabId: int() }),
    response: () => z.object({ page: z.nullable(z.object({ url: urlText(), title: shortText(), site: z.string() })), namedClaims: int(), anonymousClaims: int(), sources: int() }),
  }),
  /** Notes newest first, optionally only one page's, filtered by a search string; `limit` pages a long list. */
  'popup:list-notes': message('extension-page', {
    request: () => z.object({ search: z.string().check(z.maxLength(500)), pageUrl: z.nullable(urlText()), limit: z.optional(z.number().check(z.int(), z.positive())) }),
    response: () => z.object({ notes: z.array(noteSchema()), more: z.boolean() }),
  }),
  /** Conflicts not dismissed, newest first, at most `limit`. */
  'popup:list-conflicts': message('extension-page', {
    request: () => z.object({ limit: z.number().check(z.int(), z.positive(), z.lte(1_000)) }),
    response: () => z.object({ conflicts: z.array(conflictSchema()), total: int() }),
  }),
  /** "Not a conflict": hides the pair for good. */
  'popup:dismiss-conflict': message('extension-page', { request: () => z.object({ id: z.string().check(z.minLength(1), z.maxLength(20_000)) }), response: () => z.object({ dismissed: z.boolean() }) }),
  /** The whole library in one format, as the text of a file to download. */
  'popup:export': message('extension-page', {
    request: () => z.object({ format: z.enum(EXPORT_FORMATS) }),
    response: () => z.object({ filename: z.string(), mime: z.string(), text: z.string() }),
  }),
  /** Validates a file and merges it in one transaction; an invalid file is refused with path and reason. */
  'popup:import': message('extension-page', {
    request: () => z.object({ format: z.enum(['json', 'w3c']), text: z.string().check(z.maxLength(MAX_IMPORT_LENGTH)) }),
    response: () => z.object({ pages: int(), notes: int(), claims: int() }),
  }),
  /** Create (id null: a page note on the tab's page) or edit (id set) a note. */
  'popup:save-note': message('extension-page', { request: () => z.object({ id: z.nullable(z.string()), tabId: z.nullable(int()), text: noteText() }), response: () => noteSchema() }),
  /** Deletes a note at the reader's request (the only way a note is ever removed). */
  'popup:delete-note': message('extension-page', { request: () => z.object({ id: z.string().check(z.minLength(1)) }), response: () => z.object({ deleted: z.boolean() }) }),
  /** Same path as the context menu "Add note to selection", started from the popup. */
  'popup:add-note-to-selection': message('extension-page', { request: () => z.object({ tabId: int(), text: noteText() }), response: () => noteSchema() }),
  /** The sidebar frame asks what other pages read say about its tab's page (the tab comes from the sender, never the payload). */
  'sidebar-frame:get-page-context': message('sidebar-frame', { request: () => z.object({}), response: () => sidebarContextSchema() }),
  /** Background asks the tab for its current selection, anchored in the same text as page-attributions. */
  'background:get-selection-anchor': message('background', { request: () => z.object({}), response: () => z.object({ anchor: z.nullable(textAnchorSchema) }) }),
} as const;

type Protocol = typeof protocol;
type Schemas<N extends MessageName> = ReturnType<Protocol[N]['schemas']>;
/** Any message name in the protocol. */
export type MessageName = keyof Protocol;
/** Message names a given sender kind may send. */
export type MessageNameFrom<K extends SenderKind> = { [N in MessageName]: Protocol[N]['from'] extends K ? N : never }[MessageName];
/** The request payload type of a message. */
export type RequestOf<N extends MessageName> = z.infer<Schemas<N>['request']>;
/** The response type of a message. */
export type ResponseOf<N extends MessageName> = z.infer<Schemas<N>['response']>;
/** A stored note as the popup sees it. */
export type NoteMessage = z.infer<ReturnType<typeof noteSchema>>;
/** One attribution as reported by the content script. */
export type AttributionMessage = z.infer<ReturnType<typeof attributionMessageSchema>>;
/** A conflict as the popup sees it. */
export type ConflictMessage = z.infer<ReturnType<typeof conflictSchema>>;
/** One side of a conflict. */
export type ConflictSideMessage = z.infer<ReturnType<typeof conflictSideSchema>>;
/** The sidebar frame's view of a page's context. */
export type SidebarContext = z.infer<ReturnType<typeof sidebarContextSchema>>;
/** An export format the popup offers. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The answer for a tab whose page is not known (yet). */
export const EMPTY_SIDEBAR_CONTEXT: SidebarContext = { page: null, sources: [], conflicts: [], conflictingPages: 0 };
