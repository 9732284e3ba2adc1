/**
 * How the sidebar's UI module (Preact and its components, built apart as `sidebar-ui.js`) hands
 * itself to the content script that imported it: the content script stays small and every
 * article pays only for highlighting; the UI arrives after the paint. No dependencies here, so
 * both bundles can include it.
 */
import type { SidebarHandle } from '@/components/sidebar/mount-sidebar';
import type { SidebarCallbacks } from '@/components/sidebar/sidebar-view';
import { moduleHandoff } from './module-handoff';

/** The sidebar host's element name; components/sidebar/mount-sidebar.tsx creates it (a test checks they agree). */
export const SIDEBAR_HOST_TAG = 'sourcelight-sidebar';

/** Where the build puts the UI module inside the extension (an unlisted script, web-accessible). */
export const SIDEBAR_UI_PATH = '/sidebar-ui.js';

/** What the UI module provides. */
export interface SidebarUi {
  mountSidebar(doc: Document, callbacks: SidebarCallbacks): SidebarHandle;
}

const handoff = moduleHandoff<SidebarUi>('sidebar-ui', (ui) => typeof ui?.mountSidebar === 'function', 'sidebar');

/** Called by the UI module when it runs: leaves the UI where the loader looks for it. */
export const registerSidebarUi = handoff.register;

/** The registered UI, if the module has run in this world. */
export const registeredSidebarUi = handoff.registered;

/** The UI, importing its module first if it has not run in this world. */
export const loadRegisteredSidebarUi = handoff.load;
