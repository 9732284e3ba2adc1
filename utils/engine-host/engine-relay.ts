/**
 * The engine host's page side: answers `content:annotate-text` from content scripts by passing
 * the text to its worker. Runs in Chrome's offscreen document and in Firefox's background page;
 * the worker is started on first need and again if it ever dies.
 */
import type { browser } from 'wxt/browser';
import type { PackedAttributions } from './packed-attributions';
import { createMessageListener, type ExtensionIdentity } from '@/utils/message-transport';
import { protocol } from '@/utils/messages';
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

/** Annotates through a worker, one request id per text; a dead worker fails what it held and is replaced. */
export function createWorkerEngine(createWorker: () => WorkerLike) {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };
  const spawn = (): WorkerLike => {
    const w = createWorker();
    w.onmessage = (event) => {
      const reply = workerReplySchema().safeParse(event.data);
      if (!reply.success) return;
      const waiting = pending.get(reply.data.id);
      pending.delete(reply.data.id);
      if (!waiting) return;
      if (reply.data.ok) waiting.resolve({ packed: reply.data.packed, engineMs: reply.data.engineMs });
      else waiting.reject(new Error(reply.data.error));
    };
    w.onerror = () => {
      w.terminate();
      if (worker === w) worker = null;
      failAll('the engine worker stopped');
    };
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
      return result;
    },
  };
}

/** Validations of a warm-up answer at start, so the first article's answer meets optimised code. */
const WARM_UP_VALIDATIONS = 20;

/** Starts the worker and answers content scripts' annotate requests (sender and payload checked). */
export function startEngineRelay(
  createWorker: () => WorkerLike,
  onMessage: Pick<typeof browser.runtime.onMessage, 'addListener'>,
  identity: ExtensionIdentity,
): void {
  const engine = createWorkerEngine(createWorker);
  engine.start();
  // The answer to every request is validated here before it leaves: warm that code too, once.
  const answer = protocol['content:annotate-text'].schemas().response;
  engine
    .annotate(WARM_UP_TEXT)
    .then((reply) => {
      for (let i = 0; i < WARM_UP_VALIDATIONS; i++) answer.safeParse(reply);
    })
    .catch((error: unknown) => console.warn('Sourcelight: the engine host did not warm up', error));
  onMessage.addListener(createMessageListener({ 'content:annotate-text': ({ text }) => engine.annotate(text) }, identity));
}
