/**
 * How the attribution engine, built apart as `engine.js`, hands itself to the content script that
 * imported it: every page loads a small content script, and only a page that proves to be an
 * article fetches, compiles and runs the engine (in a task of its own, beside the model's fetch).
 * Types only here, so both bundles can include it.
 */
import type { Attribution, AttributionModel } from '@/utils/attribution';

/** Where the build puts the engine module inside the extension (an unlisted script, web-accessible). */
export const ENGINE_MODULE_PATH = '/engine.js';

/** What the engine module provides. */
export interface EngineModule {
  annotate(text: string, model: AttributionModel): Attribution[];
  decodeModel(bytes: Uint8Array): AttributionModel;
}

/** Per-realm key: the content script's world sees it, the page's own world does not. */
const HANDOFF_KEY = Symbol.for('sourcelight.engine');

type Scope = Record<symbol, unknown>;

/** Called by the engine module when it runs: leaves the engine where the loader looks for it. */
export function registerEngine(engine: EngineModule, scope: object = globalThis): void {
  (scope as Scope)[HANDOFF_KEY] = engine;
}

/** The registered engine, if the module has run in this world. */
export function registeredEngine(scope: object = globalThis): EngineModule | null {
  const engine = (scope as Scope)[HANDOFF_KEY] as Partial<EngineModule> | undefined;
  return typeof engine?.annotate === 'function' && typeof engine.decodeModel === 'function' ? (engine as EngineModule) : null;
}
