/**
 * Loads the engine's weights from the extension package at run time, so the content script stays
 * small (the weights are not bundled into it) and the same file serves every tab.
 */
import { decodeModel, type AttributionModel } from '@/utils/attribution/model';

/** Where the build copies assets/model/attribution.bin inside the extension (see wxt.config.ts). */
export const MODEL_PACKAGE_PATH = 'model/attribution.bin';

/** Fetches and decodes the model; `getUrl` is runtime.getURL, passed in so tests can serve their own. */
export async function loadPackagedModel(
  getUrl: (path: string) => string,
  fetchImpl: typeof fetch = fetch,
): Promise<AttributionModel> {
  const url = getUrl(`/${MODEL_PACKAGE_PATH}`);
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`Sourcelight: model not loaded (${response.status} from ${url})`);
  return decodeModel(new Uint8Array(await response.arrayBuffer()));
}
