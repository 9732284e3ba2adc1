import { mountSidebar } from '@/components/sidebar/mount-sidebar';
import { registerSidebarUi } from '@/utils/page/sidebar-ui-handoff';

/**
 * The sidebar's UI (Preact and its components) as a module of its own, imported by the content
 * script only on pages with claims to list (see utils/page/sidebar-loader.ts): every other page
 * loads a content script without it.
 */
export default defineUnlistedScript(() => registerSidebarUi({ mountSidebar }));
