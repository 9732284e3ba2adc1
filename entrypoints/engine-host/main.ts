import { browser } from 'wxt/browser';
import { currentIdentity } from '@/utils/message-transport';
import { ENGINE_WORKER_PATH, startEngineRelay } from '@/utils/engine-host/engine-relay';

// Chrome's offscreen document for the engine (opened by the background): its worker keeps the
// engine warm and off every page's main thread. All logic lives in utils/engine-host/.
startEngineRelay(() => new Worker(browser.runtime.getURL(ENGINE_WORKER_PATH as '/')), browser.runtime.onConnect, currentIdentity());
