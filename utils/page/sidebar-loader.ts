/**
 * Loads the sidebar's UI module on first need (a page with claims to list), so Preact and the
 * sidebar's components are not part of the content script every page loads. The module is a
 * web-accessible extension file imported into the content script's world.
 */
import { browser } from 'wxt/browser';
import { extensionModuleSource, type ModuleSource } from './module-handoff';
import { loadRegisteredSidebarUi, registeredSidebarUi, SIDEBAR_UI_PATH, type SidebarUi } from './sidebar-ui-handoff';

/** How the module is fetched and run: injected so tests can load it their own way. */
export type SidebarUiSource = ModuleSource;

const extensionSource = extensionModuleSource(SIDEBAR_UI_PATH, (path) => browser.runtime.getURL(path as '/'));

let loading: Promise<SidebarUi> | null = null;

/** Loads the UI module once per world; the promise rejects with a clear error if it cannot. */
export function loadSidebarUi(source: SidebarUiSource = extensionSource): Promise<SidebarUi> {
  const ready = registeredSidebarUi(source.scope);
  if (ready) return Promise.resolve(ready);
  loading ??= loadRegisteredSidebarUi(source.url(), source.importModule, source.scope);
  return loading;
}

/**
 * The UI if it is loaded; otherwise null, and the load starts (once) and calls `onReady` when
 * done, so a synchronous renderer can simply try again then. A failed load is reported once and
 * not retried on every render (the extension was most likely reloaded or removed meanwhile).
 */
export function sidebarUiOrLoad(onReady: () => void, source: SidebarUiSource = extensionSource): SidebarUi | null {
  const ready = registeredSidebarUi(source.scope);
  if (ready || loading) return ready;
  loadSidebarUi(source).then(onReady, (error: unknown) => console.warn('Sourcelight: the sidebar could not load', error));
  return null;
}
