/**
 * How a module the content script imports on demand (engine.js, sidebar-ui.js) hands itself over:
 * it leaves its API under a per-realm symbol, which the content script's world sees and the
 * page's own world does not. One mechanism for every such module.
 */

type Scope = Record<symbol, unknown>;

/** The register/lookup pair for one module; `isModule` checks what was left is really its API. */
export function moduleHandoff<T>(name: string, isModule: (value: Partial<T> | undefined) => boolean) {
  const key = Symbol.for(`sourcelight.${name}`);
  return {
    /** Called by the module when it runs. */
    register(api: T, scope: object = globalThis): void {
      (scope as Scope)[key] = api;
    },
    /** The registered API, if the module has run in this world. */
    registered(scope: object = globalThis): T | null {
      const value = (scope as Scope)[key] as Partial<T> | undefined;
      return isModule(value) ? (value as T) : null;
    },
  };
}
