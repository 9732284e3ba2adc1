/**
 * Loads the engine's weights from the extension package at run time, so the content script stays
 * small (the weights are not bundled into it) and the same file serves every tab.
 */
import { decodeModel, type AttributionModel } from '@/utils/attribution/model';

/** Where the build copies assets/model/attribution.bin inside the extension (see wxt.config.ts). */
export const MODEL_PACKAGE_PATH = 'model/attribution.bin';

/** The model and what it cost, so the benchmark can say where the time to paint goes. */
export interface LoadedModel {
  model: AttributionModel;
  /** Request to the last byte read. */
  fetchMs: number;
  decodeMs: number;
}

/** Fetches and decodes the model; `getUrl` is runtime.getURL, passed in so tests can serve their own. */
export async function loadPackagedModel(
  getUrl: (path: string) => string,
  fetchImpl: typeof fetch = fetch,
  now: () => number = () => performance.now(),
): Promise<LoadedModel> {
  const url = getUrl(`/${MODEL_PACKAGE_PATH}`);
  const fetchStart = now();
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`Sourcelight: model not loaded (${response.status} from ${url})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const decodeStart = now();
  const model = decodeModel(bytes);
  return { model, fetchMs: decodeStart - fetchStart, decodeMs: now() - decodeStart };
}

/** The engine's model for one tab: fetched at most once, started as early as the page proves an article. */
export interface ModelSource {
  /** Starts the fetch and decode (once); later calls return the same promise. */
  start(): Promise<LoadedModel>;
  /** The model once decoded, else null. */
  readonly model: AttributionModel | null;
  /** Undefined when the model is ready, else the load to await (started if need be). */
  ready(): Promise<LoadedModel> | undefined;
  /** What the load cost (zeros until it is done). */
  readonly timings: { fetchMs: number; decodeMs: number };
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
    ready: () => (loaded ? undefined : start()),
    get timings() {
      return { fetchMs: loaded?.fetchMs ?? 0, decodeMs: loaded?.decodeMs ?? 0 };
    },
  };
}
