/**
 * THE message protocol between content scripts, extension pages (popup) and the background.
 * One table names every message (the prefix says who sends it), a zod schema for its request
 * and its response, and which sender may send it; every receiver `safeParse`s and checks the
 * sender, so a web page or another extension can never write to our database.
 *
 * Directions:
 * - `content:*`   content script -> background (sender must be a tab running our content script)
 * - `popup:*`     extension page -> background (sender URL must be inside our extension origin)
 * - `background:*` background -> content script via tabs.sendMessage (sender: our extension, no tab)
 * - `sidebar-frame:*` the sidebar's extension frame (sidebar-context.html inside a tab) -> background;
 *   the only receiver of anything about other pages read, see utils/sidebar-context-schema.ts
 *
 * Settings (highlights on/off, sites turned off) are NOT messages: they live in
 * browser.storage.local (see utils/settings.ts); content scripts read them with `readSettings`
 * and react to changes with `watchSettings` (storage.onChanged), so a toggle reaches every tab
 * without the background tracking tabs.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { z } from './zod-mini';
import { SOURCE_TYPES } from './attribution/types';
import { textAnchorSchema } from './anchoring/selectors';
import { conflictSchema, exportFormatSchema, importFormatSchema, MAX_IMPORT_LENGTH } from './conflict-messages';
import { sidebarContextSchema } from './sidebar-context-schema';

const urlText = z.string().check(z.minLength(1), z.maxLength(8_192));
const shortText = z.string().check(z.maxLength(2_000));
/** Longest note body we accept: generous for a note, bounded so a bad sender cannot flood storage. */
export const MAX_NOTE_LENGTH = 20_000;
const noteText = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

/** One attribution as the content script reports it: enough to count, list and re-find it. */
export const attributionMessageSchema = z.object({
  /** Stable per page (the engine derives it from spans), so a revisit updates instead of duplicating. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  claim: z.string().check(z.maxLength(10_000)),
  sourceName: z.string().check(z.maxLength(500)),
  sourceDescription: z.string().check(z.maxLength(2_000)),
  sourceType: z.enum(SOURCE_TYPES),
  anonymous: z.boolean(),
  anchor: textAnchorSchema,
});

/** Who the page is: the background normalises `canonicalHref ?? url` into the stored key. */
const pageMetaSchema = z.object({ url: urlText, canonicalHref: z.nullable(urlText), title: shortText, site: z.string().check(z.maxLength(500)) });

/** How a note is stored and shown: 'page' notes have no anchor; 'orphaned' ones lost their passage. */
export const noteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  pageUrl: urlText,
  pageTitle: shortText,
  text: noteText,
  createdAt: z.number(),
  updatedAt: z.number(),
  anchor: z.nullable(textAnchorSchema),
  attributionId: z.nullable(z.string()),
  anchorStatus: z.enum(['page', 'anchored', 'orphaned']),
});

/** Where a note's passage is on the page as the content script last reported it. */
const placedNoteSchema = z.object({ id: z.string(), text: noteText, start: z.number().check(z.int()), end: z.number().check(z.int()) });

/** The page's figures for the popup; null page means the content script has not read this tab. */
const pageSummarySchema = z.object({
  page: z.nullable(z.object({ url: urlText, title: shortText, site: z.string() })),
  namedClaims: z.number().check(z.int()),
  anonymousClaims: z.number().check(z.int()),
  sources: z.number().check(z.int()),
});

const message = <F extends SenderKind, Q extends z.ZodMiniType, R extends z.ZodMiniType>(from: F, request: Q, response: R) => ({ from, request, response });

/** Every message: who may send it, what it carries, what comes back. */
export const protocol = {
  /** The content script read a page: `text` is the string every selector's offsets refer to. */
  'content:page-attributions': message(
    'content',
    z.extend(pageMetaSchema, { text: z.string().check(z.maxLength(5_000_000)), attributions: z.array(attributionMessageSchema).check(z.maxLength(5_000)) }),
    z.object({
      pageUrl: urlText,
      anonymousClaims: z.number().check(z.int()),
      namedClaims: z.number().check(z.int()),
      notes: z.array(placedNoteSchema),
      // Nothing about other pages read: the content script shares its renderer with the page.
    }),
  ),
  /** "Add note" on a claim in the sidebar (anchor = the claim's anchor) or on a passage. */
  'content:add-note': message(
    'content',
    z.extend(pageMetaSchema, { text: noteText, attributionId: z.nullable(z.string().check(z.maxLength(200))), anchor: z.nullable(textAnchorSchema) }),
    noteSchema,
  ),
  /** Counts and identity of the page a tab shows, for the popup's header. */
  'popup:get-page-summary': message('extension-page', z.object({ tabId: z.number().check(z.int()) }), pageSummarySchema),
  /** Notes newest first, optionally only one page's, filtered by a search string; `limit` pages a long list. */
  'popup:list-notes': message(
    'extension-page',
    z.object({ search: z.string().check(z.maxLength(500)), pageUrl: z.nullable(urlText), limit: z.optional(z.number().check(z.int(), z.positive())) }),
    z.object({ notes: z.array(noteSchema), more: z.boolean() }),
  ),
  /** Conflicts not dismissed, newest first, at most `limit`. */
  'popup:list-conflicts': message(
    'extension-page',
    z.object({ limit: z.number().check(z.int(), z.positive(), z.lte(1_000)) }),
    z.object({ conflicts: z.array(conflictSchema), total: z.number().check(z.int()) }),
  ),
  /** "Not a conflict": hides the pair for good. */
  'popup:dismiss-conflict': message('extension-page', z.object({ id: z.string().check(z.minLength(1), z.maxLength(20_000)) }), z.object({ dismissed: z.boolean() })),
  /** The whole library in one format, as the text of a file to download. */
  'popup:export': message(
    'extension-page',
    z.object({ format: exportFormatSchema }),
    z.object({ filename: z.string(), mime: z.string(), text: z.string() }),
  ),
  /** Validates a file and merges it in one transaction; an invalid file is refused with path and reason. */
  'popup:import': message(
    'extension-page',
    z.object({ format: importFormatSchema, text: z.string().check(z.maxLength(MAX_IMPORT_LENGTH)) }),
    z.object({ pages: z.number().check(z.int()), notes: z.number().check(z.int()), claims: z.number().check(z.int()) }),
  ),
  /** Create (id null: a page note on the tab's page) or edit (id set) a note. */
  'popup:save-note': message(
    'extension-page',
    z.object({ id: z.nullable(z.string()), tabId: z.nullable(z.number().check(z.int())), text: noteText }),
    noteSchema,
  ),
  /** Deletes a note at the reader's request (the only way a note is ever removed). */
  'popup:delete-note': message('extension-page', z.object({ id: z.string().check(z.minLength(1)) }), z.object({ deleted: z.boolean() })),
  /** Same path as the context menu "Add note to selection", started from the popup. */
  'popup:add-note-to-selection': message('extension-page', z.object({ tabId: z.number().check(z.int()), text: noteText }), noteSchema),
  /** The sidebar frame asks what other pages read say about its tab's page (the tab comes from the sender, never the payload). */
  'sidebar-frame:get-page-context': message('sidebar-frame', z.object({}), sidebarContextSchema),
  /** Background asks the tab for its current selection, anchored in the same text as page-attributions. */
  'background:get-selection-anchor': message('background', z.object({}), z.object({ anchor: z.nullable(textAnchorSchema) })),
} as const;

/** Who sent a message, judged from the sender object, never from the message itself. */
export type SenderKind = 'content' | 'extension-page' | 'background' | 'sidebar-frame';
type Protocol = typeof protocol;
/** Any message name in the protocol. */
export type MessageName = keyof Protocol;
/** Message names a given sender kind may send. */
export type MessageNameFrom<K extends SenderKind> = { [N in MessageName]: Protocol[N]['from'] extends K ? N : never }[MessageName];
/** The request payload type of a message. */
export type RequestOf<N extends MessageName> = z.infer<Protocol[N]['request']>;
/** The response type of a message. */
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;
/** A stored note as the popup sees it. */
export type NoteMessage = z.infer<typeof noteSchema>;
/** One attribution as reported by the content script. */
export type AttributionMessage = z.infer<typeof attributionMessageSchema>;

const names = Object.keys(protocol) as [MessageName, ...MessageName[]];
const envelopeSchema = z.object({ name: z.enum(names), payload: z.unknown() });
const replySchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]);

/** What identifies our own extension: injected so tests and both browsers give their own. */
export interface ExtensionIdentity {
  id: string;
  /** Ends with '/'. */
  origin: string;
  /** Addresses the background runs at (service worker script, or Firefox's generated page). */
  backgroundUrls: string[];
  /** The sidebar's extension frame page; absent means no sender is classed 'sidebar-frame'. */
  sidebarFrameUrl?: string;
}

/** The sidebar frame's page in the build (entrypoints/sidebar-context/), web-accessible so a tab can embed it. */
export const SIDEBAR_FRAME_PATH = 'sidebar-context.html';

/** Our identity from the running extension, read from the runtime and its manifest. */
export function currentIdentity(runtime: typeof browser.runtime = browser.runtime): ExtensionIdentity {
  const origin = runtime.getURL('/');
  const background = runtime.getManifest().background as { service_worker?: string; page?: string; scripts?: string[] } | undefined;
  const files = [background?.service_worker, background?.page, background?.scripts ? '_generated_background_page.html' : undefined];
  return {
    id: runtime.id,
    origin,
    backgroundUrls: files.filter((file): file is string => !!file).map((file) => origin + file.replace(/^\/+/, '')),
    sidebarFrameUrl: origin + SIDEBAR_FRAME_PATH,
  };
}

/** Classifies a sender; null means "not us": a web page, another extension, or a malformed sender. */
export function classifySender(sender: Browser.runtime.MessageSender, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id) return null;
  const url = sender.url;
  if (url === undefined) return sender.tab === undefined ? 'background' : null;
  const fromExtensionPage = url.startsWith(self.origin);
  if (!fromExtensionPage) return sender.tab?.id !== undefined ? 'content' : null;
  const page = url.replace(/[?#].*$/s, '');
  if (sender.tab === undefined && self.backgroundUrls.includes(page)) return 'background';
  // Our frame inside a tab's page (never the top frame): its tab is the page it describes.
  if (self.sidebarFrameUrl !== undefined && page === self.sidebarFrameUrl) {
    return sender.tab?.id !== undefined && (sender.frameId ?? 0) !== 0 ? 'sidebar-frame' : null;
  }
  return 'extension-page';
}

/** A handler gets a validated payload and the sender; what it returns is validated before sending. */
export type MessageHandler<N extends MessageName> = (
  payload: RequestOf<N>,
  sender: Browser.runtime.MessageSender,
) => Promise<ResponseOf<N>> | ResponseOf<N>;
/** Handlers for some messages; a listener ignores the rest so other listeners may answer them. */
export type MessageHandlers = { [N in MessageName]?: MessageHandler<N> };

/**
 * Builds a runtime.onMessage listener: checks envelope, sender and payload, runs the handler and
 * answers `{ok, data}` or `{ok:false, error}` (errors are reported, never thrown into the void).
 */
export function createMessageListener(handlers: MessageHandlers, self: ExtensionIdentity) {
  return (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean => {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return false;
    const name = envelope.data.name;
    const handler = handlers[name] as MessageHandler<MessageName> | undefined;
    if (!handler) return false;
    const spec = protocol[name];
    if (classifySender(sender, self) !== spec.from) {
      sendResponse({ ok: false, error: `${name}: refused, sender is not a ${spec.from}` });
      return false;
    }
    const payload = spec.request.safeParse(envelope.data.payload);
    if (!payload.success) {
      sendResponse({ ok: false, error: `${name}: invalid payload: ${z.prettifyError(payload.error)}` });
      return false;
    }
    Promise.resolve()
      .then(() => handler(payload.data as RequestOf<MessageName>, sender))
      .then((data) => {
        const checked = spec.response.safeParse(data);
        sendResponse(
          checked.success
            ? { ok: true, data: checked.data }
            : { ok: false, error: `${name}: the background's answer did not validate: ${z.prettifyError(checked.error)}` },
        );
      })
      // A handler's own error is written for the reader (e.g. "Not saved: …"), so it goes out as is;
      // the console keeps which message failed.
      .catch((error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        console.warn(`Sourcelight: ${name} failed:`, text);
        sendResponse({ ok: false, error: text });
      });
    return true;
  };
}

/** Unwraps and validates a reply, so a caller gets typed data or a thrown, readable error. */
export function readReply<N extends MessageName>(name: N, reply: unknown): ResponseOf<N> {
  if (reply === undefined) throw new Error(`${name}: no receiver answered`);
  const parsed = replySchema.safeParse(reply);
  if (!parsed.success) throw new Error(`${name}: malformed reply`);
  if (!parsed.data.ok) throw new Error(parsed.data.error);
  const data = protocol[name].response.safeParse(parsed.data.data);
  if (!data.success) throw new Error(`${name}: invalid reply: ${z.prettifyError(data.error)}`);
  return data.data as ResponseOf<N>;
}

/** Sends a content or popup message to the background and returns its validated answer. */
export async function sendToBackground<N extends MessageNameFrom<'content' | 'extension-page' | 'sidebar-frame'>>(
  name: N,
  payload: RequestOf<N>,
  runtime: Pick<typeof browser.runtime, 'sendMessage'> = browser.runtime,
): Promise<ResponseOf<N>> {
  // safeParse, so a refused request reads as one line (a thrown ZodError's message is raw JSON).
  const checked = protocol[name as MessageName].request.safeParse(payload);
  if (!checked.success) throw new Error(`${name}: invalid request: ${z.prettifyError(checked.error)}`);
  return readReply(name, await runtime.sendMessage({ name, payload: checked.data }));
}

/** Sends a background message to one tab's content script and returns its validated answer. */
export async function sendToTab<N extends MessageNameFrom<'background'>>(
  tabId: number,
  name: N,
  payload: RequestOf<N>,
  tabs: Pick<typeof browser.tabs, 'sendMessage'> = browser.tabs,
): Promise<ResponseOf<N>> {
  const request = protocol[name as MessageName].request.parse(payload);
  return readReply(name, await tabs.sendMessage(tabId, { name, payload: request }, { frameId: 0 }));
}
