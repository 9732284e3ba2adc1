/**
 * The engine host's page side: answers `content:annotate-text` from content scripts by passing
 * the text to its worker. Runs in Chrome's offscreen document and in Firefox's background page;
 * the worker is started on first need and again if it ever dies.
 */
import type { PackedAttributions } from './packed-attributions';
import { createMessageListener, type ExtensionIdentity } from '@/utils/message-transport';
import { listenOnPort } from '@/utils/port-transport';
import { protocol } from '@/utils/messages';
import { ENGINE_HOST_PORT } from '@/utils/port-envelope';
import { z } from '@/utils/zod-mini';
import { workerReplySchema } from './worker-protocol';
import { WARM_UP_TEXT } from './warm-up-text';

/** What the relay needs of a Worker: injected so tests can give a real one or their own. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/** Where the build puts the worker script (entrypoints/engine-worker.ts). */
export const ENGINE_WORKER_PATH = '/engine-worker.js';

/** One text's answer: the attributions packed for the page, and the engine's time on it. */
export interface HostAnswer {
  packed: PackedAttributions;
  engineMs: number;
}

interface Pending {
  resolve(reply: HostAnswer): void;
  reject(error: Error): void;
}

/** Timer functions, passed in so tests can run the watchdog on a clock of their own. */
export interface RelayTimers {
  set(fn: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const GLOBAL_TIMERS: RelayTimers = { set: (fn, ms) => setTimeout(fn, ms), clear: (t) => clearTimeout(t as ReturnType<typeof setTimeout>) };

/**
 * Longest the worker may go without answering while texts wait: far above any article (a megabyte
 * of pathological text takes about a second), so only a hung worker reaches it; it is then replaced,
 * and every tab after it is served again instead of waiting behind it.
 */
export const WATCHDOG_MS = 15_000;

/** Annotates through a worker, one request id per text; a dead or hung worker fails what it held and is replaced. */
export function createWorkerEngine(createWorker: () => WorkerLike, timers: RelayTimers = GLOBAL_TIMERS) {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let watchdog: unknown = null;
  const pending = new Map<number, Pending>();
  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };
  const stop = (w: WorkerLike, why: string) => {
    w.terminate();
    if (worker === w) worker = null;
    failAll(why);
  };
  /** (Re)arms the watchdog while texts wait; called on each request sent and each answer received. */
  const watch = () => {
    if (watchdog !== null) timers.clear(watchdog);
    watchdog = null;
    const w = worker;
    if (pending.size === 0 || !w) return;
    watchdog = timers.set(() => {
      watchdog = null;
      if (pending.size > 0) stop(w, `the engine worker did not answer within ${WATCHDOG_MS / 1000} s`);
    }, WATCHDOG_MS);
  };
  const settle = (id: number, settleWith: (p: Pending) => void) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (waiting) settleWith(waiting);
    watch();
  };
  const spawn = (): WorkerLike => {
    const w = createWorker();
    w.onmessage = (event) => {
      const reply = workerReplySchema().safeParse(event.data);
      if (reply.success) {
        const data = reply.data;
        settle(data.id, (p) => (data.ok ? p.resolve({ packed: data.packed, engineMs: data.engineMs }) : p.reject(new Error(data.error))));
        return;
      }
      // an answer that does not validate still settles its request, with the reason
      const id = (event.data as { id?: unknown } | null)?.id;
      const why = `the engine worker's answer did not validate: ${z.prettifyError(reply.error)}`;
      if (typeof id === 'number') settle(id, (p) => p.reject(new Error(why)));
      else console.warn('Sourcelight:', why);
    };
    w.onerror = () => stop(w, 'the engine worker stopped');
    return w;
  };
  return {
    /** Starts the worker now (it loads the model and warms up), so the first article finds it ready. */
    start(): void {
      worker ??= spawn();
    },
    annotate(text: string): Promise<HostAnswer> {
      worker ??= spawn();
      const id = nextId++;
      const result = new Promise<HostAnswer>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, text });
      if (watchdog === null) watch();
      return result;
    },
  };
}

/** Texts one tab may have waiting at once: its run asks three at a time; more is a page flooding the shared worker. */
export const MAX_WAITING_PER_TAB = 6;

/** Validations of a warm-up answer at start, so the first article's answer meets optimised code. */
const WARM_UP_VALIDATIONS = 20;

/** Starts the worker and answers content scripts' annotate requests on the engine port (sender and payload checked). */
export function startEngineRelay(
  createWorker: () => WorkerLike,
  onConnect: Parameters<typeof listenOnPort>[0],
  identity: ExtensionIdentity,
): void {
  const engine = createWorkerEngine(createWorker);
  try {
    engine.start();
  } catch (error) {
    // requests start it again (and report what fails); the rest of the caller's start-up goes on
    console.warn('Sourcelight: the engine worker did not start', error);
  }
  // The answer to every request is validated here before it leaves: warm that code too, once.
  const answer = protocol['content:annotate-text'].schemas().response;
  engine
    .annotate(WARM_UP_TEXT)
    .then((reply) => {
      for (let i = 0; i < WARM_UP_VALIDATIONS; i++) answer.safeParse(reply);
    })
    .catch((error: unknown) => console.warn('Sourcelight: the engine host did not warm up', error));
  const waiting = new Map<number, number>();
  listenOnPort(
    onConnect,
    ENGINE_HOST_PORT,
    createMessageListener({
      'content:annotate-text': async ({ text }, sender) => {
        const tab = sender.tab?.id ?? -1;
        const count = waiting.get(tab) ?? 0;
        if (count >= MAX_WAITING_PER_TAB) throw new Error(`refused: ${count} texts from this tab are already waiting`);
        waiting.set(tab, count + 1);
        try {
          return await engine.annotate(text);
        } finally {
          const left = (waiting.get(tab) ?? 1) - 1;
          if (left > 0) waiting.set(tab, left);
          else waiting.delete(tab);
        }
      },
    }, identity),
  );
}
