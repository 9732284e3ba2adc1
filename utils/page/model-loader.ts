/**
 * Loads the engine's code and weights from the extension package at run time, both at once, so the
 * content script stays small (neither is bundled into it) and the same files serve every tab.
 */
import type { Attribution, AttributionModel } from '@/utils/attribution';
import { ENGINE_MODULE_PATH, loadEngine, type EngineModule } from './engine-handoff';
import { importExtensionModule } from './module-handoff';

/** Where the build copies assets/model/attribution.bin inside the extension (see wxt.config.ts). */
export const MODEL_PACKAGE_PATH = 'model/attribution.bin';

/** The engine and its model, and what they cost, so the benchmark can say where the time to paint goes. */
export interface LoadedModel {
  engine: EngineModule;
  model: AttributionModel;
  /** Import of the engine module (fetch, compile, run), in parallel with the model's fetch. */
  engineLoadMs: number;
  /** Request to the last byte read. */
  fetchMs: number;
  decodeMs: number;
}

/** Imports the engine module once per world (`importModule` is dynamic import, passed in so tests give their own). */
export function loadEngineModule(url: string, importModule: (url: string) => Promise<unknown>, scope: object = globalThis): Promise<EngineModule> {
  return loadEngine(url, importModule, scope);
}

/** Fetches the model and imports the engine at once, then decodes; `getUrl` is runtime.getURL, passed in so tests can serve their own. */
export async function loadPackagedModel(
  getUrl: (path: string) => string,
  fetchImpl: typeof fetch = fetch,
  now: () => number = () => performance.now(),
  importModule: (url: string) => Promise<unknown> = importExtensionModule,
): Promise<LoadedModel> {
  const url = getUrl(`/${MODEL_PACKAGE_PATH}`);
  const fetchStart = now();
  let engineLoadMs = 0;
  const engineLoading = loadEngineModule(getUrl(ENGINE_MODULE_PATH), importModule).then((engine) => {
    engineLoadMs = now() - fetchStart;
    return engine;
  });
  engineLoading.catch(() => undefined); // awaited below; a failed fetch must not leave it unhandled
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`Sourcelight: model not loaded (${response.status} from ${url})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const fetchMs = now() - fetchStart;
  const engine = await engineLoading;
  const decodeStart = now();
  const model = engine.decodeModel(bytes);
  return { engine, model, engineLoadMs, fetchMs, decodeMs: now() - decodeStart };
}

/** The engine's model for one tab: fetched at most once, started as early as the page proves an article. */
export interface ModelSource {
  /** Starts the fetch and decode (once); later calls return the same promise. */
  start(): Promise<unknown>;
  /** The model once decoded, else null. */
  readonly model: AttributionModel | null;
  /** Runs the engine with the model; only once `ready()` answered undefined (or its load resolved). A hosted engine answers later. */
  annotate(text: string): Attribution[] | Promise<Attribution[]>;
  /** Undefined when the model is ready, else the load to await (started if need be). */
  ready(): Promise<unknown> | undefined;
  /** What the load cost (zeros until it is done). */
  readonly timings: { fetchMs: number; decodeMs: number; engineLoadMs: number };
}

/** A ModelSource over the packaged model file. */
export function packagedModelSource(getUrl: (path: string) => string, now: () => number = () => performance.now()): ModelSource {
  let loading: Promise<LoadedModel> | null = null;
  let loaded: LoadedModel | null = null;
  const start = () => {
    if (!loading) {
      loading = loadPackagedModel(getUrl, fetch, now).then((done) => (loaded = done));
      loading.catch(() => undefined); // reported where it is awaited
    }
    return loading;
  };
  return {
    start,
    get model() {
      return loaded?.model ?? null;
    },
    annotate(text) {
      if (!loaded) throw new Error('Sourcelight: the engine ran before it was loaded');
      return loaded.engine.annotate(text, loaded.model);
    },
    ready: () => (loaded ? undefined : start()),
    get timings() {
      return { fetchMs: loaded?.fetchMs ?? 0, decodeMs: loaded?.decodeMs ?? 0, engineLoadMs: loaded?.engineLoadMs ?? 0 };
    },
  };
}
