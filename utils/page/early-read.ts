/**
 * The article read and sent to the engine host by the small content script itself, before the
 * session's module has loaded: on an ordinary article the host reads the text while the page
 * compiles the session, which then paints from this read if the page has not changed since.
 * Long or busy pages are left to the session's sliced reading.
 */
import { answersForOneRead, extractArticleText, findArticleRootSteps, isArticlePage, runToEnd, type ArticleText } from '@/utils/article';
import { ENGINE_HOST_PORT, portReply, portRequest } from '@/utils/port-envelope';
import type { PortLike } from '@/utils/port-transport';
import { WHOLE_TEXT_CHARS } from './chunked-annotation';

/** A read made at the content script's start, and the engine host's raw answer to its text. */
export interface EarlyRead extends ArticleText {
  root: Element;
  /** The host's reply as it came off the port, validated by whoever takes it. */
  reply: Promise<unknown>;
  /** False once anything in the page changed after the read: its map may no longer fit the DOM. */
  isCurrent(): boolean;
  /** Stops watching the page; the read stays readable. */
  release(): void;
  /** Time spent finding the article's root and reading its text, for the run that adopts this read. */
  rootMs: number;
  extractMs: number;
}

/** The part of a runtime port (runtime.connect's, or a test's) the early read uses. */
export type EarlyPort = Pick<PortLike, 'postMessage' | 'disconnect' | 'onMessage' | 'onDisconnect'>;

/**
 * Pages with more paragraphs or elements than this are long (live blogs, archives, endless feeds):
 * read in slices by the session, so the content script's first task never grows with the page.
 */
export const MAX_EARLY_PARAGRAPHS = 250;
export const MAX_EARLY_ELEMENTS = 8_000;

/** Whether the page is small enough to be read in the content script's first task. */
function isSmallPage(doc: Document): boolean {
  return doc.getElementsByTagName('p').length <= MAX_EARLY_PARAGRAPHS && doc.querySelectorAll('*').length <= MAX_EARLY_ELEMENTS;
}

/** The request id of the early text on its own port (one request per port). */
const EARLY_ID = 1;

/** What the early read needs of the window: its document, computed style and mutation observers. */
export type EarlyReadWindow = Pick<Window, 'document' | 'getComputedStyle'> & { MutationObserver: typeof MutationObserver };

/** Whether an element is displayed, asked of the page's computed style (the session asks the same). */
export function displayedIn(win: Pick<Window, 'getComputedStyle'>): (el: Element) => boolean {
  return (el) => win.getComputedStyle(el).display !== 'none';
}

/** Page changes that can alter the article's text or its map: nodes, text, and what hides elements. */
const WATCHED: MutationObserverInit = {
  subtree: true, childList: true, characterData: true, attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
};

/**
 * Reads the article now and sends its text on a port of its own; null on pages that are not
 * articles, are long, or hold more text than one request (the session reads those in slices).
 * `lastError` is read on disconnect, as Chrome wants a failed connection acknowledged.
 */
export function readEarly(
  win: EarlyReadWindow,
  connect: (name: string) => EarlyPort,
  lastError: () => unknown = () => undefined,
  now: () => number = () => performance.now(),
): EarlyRead | null {
  const doc = win.document;
  if (!doc.body || !isSmallPage(doc) || !isArticlePage(doc)) return null;
  const ask = answersForOneRead(displayedIn(win));
  const rootStart = now();
  const root = runToEnd(findArticleRootSteps(doc, ask));
  const extractStart = now();
  const article = extractArticleText(root, ask);
  const rootMs = extractStart - rootStart, extractMs = now() - extractStart;
  if (article.text.trim() === '' || article.text.length > WHOLE_TEXT_CHARS) return null;
  let changed = false;
  const watcher = new win.MutationObserver(() => {
    changed = true;
    watcher.disconnect();
  });
  watcher.observe(doc.documentElement, WATCHED);
  const port = connect(ENGINE_HOST_PORT);
  const reply = new Promise<unknown>((resolve, reject) => {
    port.onMessage.addListener((raw) => {
      const answer = portReply(raw);
      if (answer?.id !== EARLY_ID) return;
      resolve(answer.reply);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => {
      lastError();
      reject(new Error('the engine host closed the connection before answering'));
    });
  });
  reply.catch(() => undefined); // whoever takes the read hears the failure; nobody may
  port.postMessage(portRequest(EARLY_ID, 'content:annotate-text', { text: article.text }));
  return {
    ...article,
    root,
    reply,
    isCurrent: () => !changed && root.isConnected,
    release: () => watcher.disconnect(),
    rootMs,
    extractMs,
  };
}

/** The early read for the session's first run: handed over once, and only if the page has not changed since. */
export function takenOnce(early: EarlyRead | null): { take(): EarlyRead | null; drop(): void } {
  let unused = early;
  const drop = () => {
    unused?.release();
    unused = null;
  };
  return {
    take() {
      const read = unused?.isCurrent() ? unused : null;
      drop();
      return read;
    },
    drop,
  };
}
