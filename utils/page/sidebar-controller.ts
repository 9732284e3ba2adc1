/**
 * Holds the sidebar's state and renders it: which claims, open or closed, which one selected, the
 * tooltip. Mounted lazily (only once a page has claims) and removed with the content script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Attribution } from '@/utils/attribution';
import type { SidebarHandle } from '@/components/sidebar/mount-sidebar';
import { sidebarUiOrLoad } from './sidebar-loader';
import type { SidebarState, TooltipState } from '@/components/sidebar/sidebar-view';
import { tooltipFor } from './claim-interactions';
import { groupSources } from './source-groups';
import { browser } from 'wxt/browser';
import { SIDEBAR_FRAME_PATH } from '@/utils/messages';
import { FRAME_KEY_MESSAGE } from '@/components/sidebar/sidebar-shortcut';
import { z } from '@/utils/zod-mini';
import { lazy } from '@/utils/lazy';

/** How the sidebar reaches the page: where a claim is, what it is, how to flash it. */
export interface SidebarPageLinks {
  range(claimId: string): Range | null;
  attribution(claimId: string): Attribution | undefined;
  flash(range: Range): void;
  /** "Add note" on a claim; the sidebar shows the button only when this is given. */
  addNote?(claimId: string): void;
}

/** The one message the extension frame posts to its parent: which key the reader pressed in it. */
const frameKeySchema = lazy(() => z.object({ type: z.literal(FRAME_KEY_MESSAGE), action: z.enum(['close', 'toggle']) }));

/** Where the sidebar's extension frame lives in the running extension. */
const defaultFrameUrl = () => browser.runtime.getURL(`/${SIDEBAR_FRAME_PATH}` as '/');

/**
 * Creates the controller; nothing is added to the page until there is something to show.
 * `frameUrl` is the extension page that shows what other pages read say (see context-frame-app).
 */
export function createSidebarController(
  ctx: Pick<ContentScriptContext, 'onInvalidated'>,
  doc: Document,
  links: SidebarPageLinks,
  frameUrl: string = defaultFrameUrl(),
) {
  const win = doc.defaultView!;
  let handle: SidebarHandle | null = null;
  /** Bumped when the background stored the page again: the frame re-asks on the address change. */
  let contextRevision = 0;
  const frameSrc = () => `${frameUrl}#rev=${contextRevision}&theme=${state.dark ? 'dark' : 'light'}`;
  let state: SidebarState = {
    groups: groupSources([]),
    open: false,
    selectedClaimId: null,
    dark: false,
    tooltip: null,
    announcement: '',
  };

  // Renders are batched in a microtask: a state change made while Preact is committing (focus
  // moved by an effect fires onFocus) must not start a nested render into the same container.
  let renderQueued = false;
  const render = () => {
    if (renderQueued) return;
    renderQueued = true;
    queueMicrotask(() => {
      renderQueued = false;
      renderNow();
    });
  };
  const renderNow = () => {
    const empty = state.groups.namedClaims + state.groups.anonymousClaims === 0;
    if (!handle && empty) return;
    // A page may remove our host (or replace <html>'s children); put it back rather than render unseen.
    if (handle && !handle.host.isConnected) doc.documentElement.appendChild(handle.host);
    // The UI is a module of its own, loaded on first need: render again once it is here.
    const ui = handle ? null : sidebarUiOrLoad(render);
    if (!handle && !ui) return;
    handle ??= ui!.mountSidebar(doc, {
      onOpen: () => open(null),
      onClose: () => close(),
      onChooseClaim: (id) => showInArticle(id),
      onAddNote: links.addNote,
      onFocusClaim: (id) => {
        const range = id ? links.range(id) : null;
        const a = id ? links.attribution(id) : undefined;
        const rect = range?.getBoundingClientRect();
        const visible = rect && rect.bottom > 0 && rect.top < win.innerHeight;
        set({ tooltip: a && rect && visible ? tooltipFor(a, rect, win) : null });
      },
    });
    handle.render({ ...state, contextFrameSrc: state.open ? frameSrc() : null });
  };
  const set = (change: Partial<SidebarState>) => {
    state = { ...state, ...change };
    render();
  };

  function showInArticle(id: string): void {
    const range = links.range(id);
    set({ selectedClaimId: id, tooltip: null });
    if (!range) return;
    const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    const reduced = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    links.flash(range);
  }

  function open(claimId: string | null): void {
    const a = claimId ? links.attribution(claimId) : undefined;
    set({
      open: true,
      selectedClaimId: claimId,
      tooltip: null,
      announcement: a ? `Sources sidebar opened at a claim by ${a.resolvedSource.name}.` : 'Sources sidebar opened.',
    });
  }

  function close(): void {
    if (state.open) set({ open: false, tooltip: null, announcement: 'Sources sidebar closed.' });
  }

  // Keys pressed inside the extension frame: it can only say which (the page could post the
  // same message, but not from the frame's window, which is what is checked).
  const onFrameMessage = (event: MessageEvent) => {
    const frame = handle?.shadow.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow || !frameUrl.startsWith(event.origin + '/')) return;
    // Both actions close: the frame exists only while the sidebar is open.
    if (!frameKeySchema().safeParse(event.data).success) return;
    // Take focus back from the frame, then remove it only once the keystroke is over (its keyup
    // here, or 200 ms): a key event still routed to a frame torn down under it is never answered.
    handle?.shadow.querySelector<HTMLElement>('.close')?.focus();
    const closeOnce = () => {
      win.clearTimeout(timer);
      win.removeEventListener('keyup', closeOnce, true);
      close();
    };
    const timer = win.setTimeout(closeOnce, 200);
    win.addEventListener('keyup', closeOnce, true);
  };
  win.addEventListener('message', onFrameMessage);

  ctx.onInvalidated(() => {
    win.removeEventListener('message', onFrameMessage);
    handle?.destroy();
    handle = null;
  });

  return {
    open,
    close,
    isOpen: () => state.open,
    setAttributions(attributions: readonly Attribution[], dark = state.dark) {
      const groups = groupSources(attributions);
      const keep = state.selectedClaimId && attributions.some((a) => a.id === state.selectedClaimId);
      set({ groups, dark, selectedClaimId: keep ? state.selectedClaimId : null, open: state.open && attributions.length > 0 });
    },
    setTooltip: (tooltip: TooltipState | null) => {
      if (tooltip !== state.tooltip) set({ tooltip });
    },
    announce: (announcement: string) => set({ announcement }),
    /** The background stored this page again: the extension frame re-reads what other pages say. */
    refreshContext: () => {
      contextRevision += 1;
      render();
    },
    /** The mounted host, for tests and diagnostics. */
    get host(): HTMLElement | null {
      return handle?.host ?? null;
    },
  };
}
