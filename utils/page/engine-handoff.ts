/**
 * How the attribution engine, built apart as `engine.js`, hands itself to the content script that
 * imported it: every page loads a small content script, and only a page that proves to be an
 * article fetches, compiles and runs the engine (in a task of its own, beside the model's fetch).
 * Types and one tiny shared helper here, so both bundles can include it.
 */
import type { Attribution, AttributionModel } from '@/utils/attribution';
import { moduleHandoff } from './module-handoff';

/** Where the build puts the engine module inside the extension (an unlisted script, web-accessible). */
export const ENGINE_MODULE_PATH = '/engine.js';

/** What the engine module provides. */
export interface EngineModule {
  annotate(text: string, model: AttributionModel): Attribution[];
  decodeModel(bytes: Uint8Array): AttributionModel;
}

const handoff = moduleHandoff<EngineModule>('engine', (e) => typeof e?.annotate === 'function' && typeof e.decodeModel === 'function');

/** Called by the engine module when it runs: leaves the engine where the loader looks for it. */
export const registerEngine = handoff.register;

/** The registered engine, if the module has run in this world. */
export const registeredEngine = handoff.registered;

/** The engine, importing its module first if it has not run in this world. */
export const loadEngine = handoff.load;
