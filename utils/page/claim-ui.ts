/**
 * The page's claim UI (the sidebar's controller, and the pointer, keyboard and caret handlers that
 * drive it and the tooltip), set up while the engine host works or at first need, not in the task
 * that reads and sends the article: none of it acts before there are highlights, and its set-up
 * (state, a dozen listeners) would otherwise lie on the path to the paint. A page that never
 * proves an article never sets it up.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Attribution } from '@/utils/attribution';
import type { ClaimHitIndex } from './claim-hit-test';
import { wireClaimInteractions } from './claim-interactions';
import { createSidebarController, type SidebarPageLinks } from './sidebar-controller';

/** The sidebar's controller, as the session drives it. */
export type SidebarController = ReturnType<typeof createSidebarController>;

/** What the UI reads from the session: the sidebar's links to the page, and the painted claims. */
export interface ClaimUiLinks {
  sidebar: SidebarPageLinks;
  hitIndex(): ClaimHitIndex | null;
  attribution(id: string): Attribution | undefined;
}

/** The UI for one tab: `ensure()` sets it up once and returns the sidebar; `existing` is null until then. */
export function lazyClaimUi(ctx: ContentScriptContext, doc: Document, win: Window, links: ClaimUiLinks) {
  let sidebar: SidebarController | null = null;
  const ensure = (): SidebarController => {
    if (sidebar) return sidebar;
    const made = (sidebar = createSidebarController(ctx, doc, links.sidebar));
    wireClaimInteractions({
      ctx,
      document: doc,
      window: win,
      hitIndex: links.hitIndex,
      attribution: links.attribution,
      showTooltip: (tooltip) => made.setTooltip(tooltip),
      announce: (text) => made.announce(text),
      openSidebar: (id) => made.open(id),
      closeSidebar: () => made.close(),
      sidebarOpen: () => made.isOpen(),
    });
    return made;
  };
  return {
    ensure,
    /** The sidebar if the UI is set up, else null (nothing to close or clear yet). */
    get existing(): SidebarController | null {
      return sidebar;
    },
  };
}
