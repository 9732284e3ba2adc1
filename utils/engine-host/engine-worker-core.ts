/**
 * The engine host's worker: loads the model once, warms the engine on a text of our own, then
 * annotates every text it is sent. It lives as long as the extension's host page, so the engine's
 * code stays optimised from one article to the next, and it never runs on a page's main thread.
 */
import { annotate } from '@/utils/attribution';
import { decodeModel, type AttributionModel } from '@/utils/attribution/model';
import { workerRequestSchema, type WorkerReply } from './worker-protocol';
import { WARM_UP_ARTICLES } from './warm-up-articles';
import { packAttributions } from './packed-attributions';

/** What the worker needs of its global scope: injected so tests run it without a Worker. */
export interface EngineWorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: WorkerReply): void;
  setTimeout(fn: () => void, ms: number): unknown;
}

/**
 * Warm-up runs after the model is loaded, one article per task so a real request never waits
 * behind many. Measured in Chromium's worker on a 2,247-word article: the first call took 130 ms,
 * the 9th 20 ms, from the 14th on about 10 ms; it takes that much volume before every hot function
 * is optimised. Six rounds of the articles below are about as much text as the thirty runs of one
 * short text this used to be, spread over many more constructions and words.
 */
export const WARM_UP_RUNS = 6 * WARM_UP_ARTICLES.length;

/** Starts answering requests; `loadModelBytes` fetches the packaged model (passed in for tests). */
export function startEngineWorker(scope: EngineWorkerScope, loadModelBytes: () => Promise<Uint8Array>, now: () => number = () => performance.now()): Promise<void> {
  const modelLoading: Promise<AttributionModel> = loadModelBytes().then(decodeModel);
  modelLoading.catch(() => undefined); // reported to each request below
  scope.addEventListener('message', (event) => {
    const request = workerRequestSchema().safeParse(event.data);
    if (!request.success) return; // not ours: nothing to answer
    const { id, text } = request.data;
    modelLoading.then(
      (model) => {
        const start = now();
        const packed = packAttributions(annotate(text, model));
        scope.postMessage({ id, ok: true, packed, engineMs: now() - start });
      },
      (error: unknown) => scope.postMessage({ id, ok: false, error: `the engine's model did not load: ${error instanceof Error ? error.message : String(error)}` }),
    ).catch((error: unknown) => scope.postMessage({ id, ok: false, error: `the engine failed: ${error instanceof Error ? error.message : String(error)}` }));
  });
  return modelLoading.then(
    (model) =>
      new Promise<void>((done) => {
        let left = WARM_UP_RUNS;
        const step = () => {
          try {
            packAttributions(annotate(WARM_UP_ARTICLES[left % WARM_UP_ARTICLES.length], model));
          } catch (error) {
            // a warm-up that throws must not take the worker down: real requests report their own errors
            console.warn('Sourcelight: the engine warm-up failed', error);
            left = 0;
          }
          if (--left > 0) scope.setTimeout(step, 0);
          else done();
        };
        scope.setTimeout(step, 0);
      }),
    () => undefined,
  );
}

/** Reads the packed model from the worker's own extension origin (`base`: the worker script's URL). */
export async function fetchPackagedModel(base: string, fetchImpl: typeof fetch = fetch): Promise<Uint8Array> {
  const response = await fetchImpl(new URL('/model/attribution.bin', base));
  if (!response.ok) throw new Error(`model not loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
