import { fetchPackagedModel, startEngineWorker, type EngineWorkerScope } from '@/utils/engine-host/engine-worker-core';

/**
 * The engine host's worker (started by engine-host.html in Chrome, by the background in Firefox):
 * all it does lives in utils/engine-host/engine-worker-core.ts.
 */
export default defineUnlistedScript(() => {
  const scope = self as unknown as EngineWorkerScope & { location: Location };
  void startEngineWorker(scope, () => fetchPackagedModel(scope.location.href));
});
