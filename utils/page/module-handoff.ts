/**
 * How a module the content script imports on demand (content-main.js, engine.js, sidebar-ui.js)
 * hands itself over: it leaves its API under a per-realm symbol, which the content script's world
 * sees and the page's own world does not. One mechanism for every such module, loading included.
 */

type Scope = Record<symbol, unknown>;

/** How a module is fetched and run: the extension's file by dynamic import, or a test's own. */
export interface ModuleSource {
  url(): string;
  importModule(url: string): Promise<unknown>;
  scope: object;
}

/** Dynamic import of an extension file; the URL comes from runtime.getURL, passed in by the caller. */
export const importExtensionModule = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/** The extension's own file at `path` (`getUrl` is runtime.getURL), imported into this world. */
export function extensionModuleSource(path: string, getUrl: (path: string) => string): ModuleSource {
  return { url: () => getUrl(path), importModule: importExtensionModule, scope: globalThis };
}

/**
 * The register/lookup/load trio for one module; `isModule` checks what was left is really its API,
 * `label` names it in the error a module that loads but does not register gets.
 */
export function moduleHandoff<T>(name: string, isModule: (value: Partial<T> | undefined) => boolean, label: string = name) {
  const key = Symbol.for(`sourcelight.${name}`);
  const registered = (scope: object = globalThis): T | null => {
    const value = (scope as Scope)[key] as Partial<T> | undefined;
    return isModule(value) ? (value as T) : null;
  };
  return {
    /** Called by the module when it runs. */
    register(api: T, scope: object = globalThis): void {
      (scope as Scope)[key] = api;
    },
    /** The registered API, if the module has run in this world. */
    registered,
    /** The API, importing the module first if it has not run in this world; rejects clearly if it cannot. */
    async load(url: string, importModule: (url: string) => Promise<unknown>, scope: object = globalThis): Promise<T> {
      const ready = registered(scope);
      if (ready) return ready;
      await importModule(url);
      const api = registered(scope);
      if (!api) throw new Error(`Sourcelight: the ${label} module loaded but did not register`);
      return api;
    },
  };
}
