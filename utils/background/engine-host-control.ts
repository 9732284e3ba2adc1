/**
 * Keeps Chrome's engine host open: an offscreen document (engine-host.html) whose worker runs the
 * engine. A service worker cannot start workers and is stopped when idle, so the engine lives in
 * that document instead, warm for every article. Firefox's background page hosts it itself.
 */
import { browser } from 'wxt/browser';
import { createMessageListener, type ExtensionIdentity } from '@/utils/message-transport';
import { ENGINE_WORKER_PATH, startEngineRelay } from '@/utils/engine-host/engine-relay';

/** The offscreen document's page inside the extension (entrypoints/engine-host/). */
export const ENGINE_HOST_PATH = 'engine-host.html';

type OffscreenApi = Pick<typeof browser.offscreen, 'createDocument'>;
type ContextsApi = Pick<typeof browser.runtime, 'getContexts' | 'getURL'>;

/** One ensure() at a time: two callers racing would both try to create the single allowed document. */
export function createEngineHostControl(offscreen: OffscreenApi, runtime: ContextsApi) {
  let creating: Promise<void> | null = null;
  const exists = async () => {
    const url = runtime.getURL(`/${ENGINE_HOST_PATH}`);
    const contexts = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [url] });
    return contexts.length > 0;
  };
  return {
    /** Opens the host unless it is open; resolves once it is. */
    async ensure(): Promise<boolean> {
      if (await exists()) return false;
      creating ??= offscreen
        .createDocument({
          url: ENGINE_HOST_PATH,
          reasons: ['WORKERS' as never],
          justification: 'Runs Sourcelight’s attribution engine in a worker, kept warm and off the main thread of the pages you read.',
        })
        .finally(() => (creating = null));
      try {
        await creating;
      } catch (error) {
        // another start of this background created it meanwhile: that is what we wanted
        if (await exists()) return false;
        throw error;
      }
      return true;
    },
  };
}

/**
 * Starts the engine host where this browser allows it and answers `content:start-engine-host`:
 * Chrome opens the offscreen document now (so its worker warms before the first article), Firefox
 * runs the worker from this background page.
 */
export function startEngineHost(identity: ExtensionIdentity, api: typeof browser = browser): void {
  const offscreen = (api as Partial<typeof browser>).offscreen;
  if (offscreen?.createDocument) {
    const control = createEngineHostControl(offscreen, api.runtime);
    control.ensure().catch((error: unknown) => console.warn('Sourcelight: could not open the engine host', error));
    api.runtime.onMessage.addListener(createMessageListener({ 'content:start-engine-host': async () => ({ started: await control.ensure() }) }, identity));
    return;
  }
  startEngineRelay(() => new Worker(api.runtime.getURL(ENGINE_WORKER_PATH as '/')), api.runtime.onConnect, identity);
  api.runtime.onMessage.addListener(createMessageListener({ 'content:start-engine-host': () => ({ started: false }) }, identity));
}
