import { startEngineWorker, type EngineWorkerScope } from '@/utils/engine-host/engine-worker-core';

/**
 * The engine host's worker (started by engine-host.html in Chrome, by the background in Firefox):
 * fetches the packaged model from its own extension origin and annotates what it is sent.
 */
export default defineUnlistedScript(() => {
  const scope = self as unknown as EngineWorkerScope & { location: Location };
  const loadModel = async () => {
    const response = await fetch(new URL('/model/attribution.bin', scope.location.href));
    if (!response.ok) throw new Error(`model not loaded (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
  void startEngineWorker(scope, loadModel);
});
