/**
 * How the reader reaches a claim's source: hovering a highlight shows a tooltip, putting the caret
 * in one (keyboard, caret browsing) shows it and announces it, clicking one opens the sidebar at
 * it, Alt+Shift+S toggles the sidebar and Esc closes it. Only trusted (reader) events act: a page
 * dispatching clicks or keys opens nothing. Listeners are tied to the content script's context so
 * they vanish with it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Attribution } from '@/utils/attribution';
import type { TooltipState } from '@/components/sidebar/sidebar-view';
import type { ClaimHitIndex } from './claim-hit-test';
import { isReaderEvent, isSidebarShortcut } from '@/components/sidebar/sidebar-shortcut';
import { SOURCE_TYPE_LABELS } from './source-groups';

/** What the interactions read and drive; the session supplies them. */
export interface ClaimInteractionDeps {
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'requestAnimationFrame'>;
  document: Document;
  window: Window;
  hitIndex(): ClaimHitIndex | null;
  attribution(id: string): Attribution | undefined;
  showTooltip(tooltip: TooltipState | null): void;
  announce(text: string): void;
  openSidebar(claimId: string | null): void;
  closeSidebar(): void;
  sidebarOpen(): boolean;
}

/** The tooltip for a claim, placed just below the given rectangle and kept on screen. */
export function tooltipFor(a: Attribution, rect: { left: number; bottom: number; top: number }, win: Window): TooltipState {
  const x = Math.max(8, Math.min(rect.left, win.innerWidth - 330));
  const below = rect.bottom + 8;
  const y = below + 70 > win.innerHeight ? Math.max(8, rect.top - 70) : below;
  return {
    name: a.resolvedSource.name,
    description: a.resolvedSource.description,
    typeLabel: SOURCE_TYPE_LABELS[a.sourceType],
    x,
    y,
  };
}

/** One sentence for screen readers: who said the claim the caret is in. */
export function announcementFor(a: Attribution): string {
  return `Claim attributed to ${a.resolvedSource.description || a.resolvedSource.name}, ${SOURCE_TYPE_LABELS[a.sourceType].toLowerCase()}.`;
}

/** Adds the listeners; they are removed when the context is invalidated. */
export function wireClaimInteractions(deps: ClaimInteractionDeps): void {
  const { ctx, document: doc, window: win } = deps;
  let pending = false;
  let lastPointer = { x: 0, y: 0 };
  let shownId: string | null = null;

  const show = (id: string | null, rect?: DOMRect) => {
    if (id === shownId) return;
    shownId = id;
    const a = id ? deps.attribution(id) : undefined;
    deps.showTooltip(a && rect ? tooltipFor(a, rect, win) : null);
  };

  ctx.addEventListener(doc, 'pointermove', (event: PointerEvent) => {
    if (!isReaderEvent(event)) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    if (pending) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      const hit = deps.hitIndex()?.atPoint(lastPointer.x, lastPointer.y) ?? null;
      const rect = hit ? Array.from(hit.range.getClientRects()).find((r) => lastPointer.y >= r.top - 1 && lastPointer.y <= r.bottom + 1) : undefined;
      show(hit?.attributionId ?? null, rect);
    });
  }, { passive: true });

  ctx.addEventListener(doc, 'click', (event: MouseEvent) => {
    // A page's el.click() or dispatchEvent(new MouseEvent(...)) at a claim must not open anything.
    if (!isReaderEvent(event) || event.defaultPrevented || event.button !== 0) return;
    const target = event.target as Element | null;
    if (target?.closest?.('a, button, input, textarea, select, label, sourcelight-sidebar')) return;
    if (!doc.getSelection()?.isCollapsed) return; // the reader is selecting text, not clicking a claim
    const hit = deps.hitIndex()?.atPoint(event.clientX, event.clientY);
    if (hit) deps.openSidebar(hit.attributionId);
  });

  ctx.addEventListener(doc, 'selectionchange', () => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return;
    const hit = deps.hitIndex()?.atPosition(selection.anchorNode!, selection.anchorOffset);
    if (!hit) return;
    const a = deps.attribution(hit.attributionId);
    if (!a) return;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    show(hit.attributionId, rect.height > 0 ? rect : hit.range.getBoundingClientRect());
    deps.announce(announcementFor(a));
  });

  ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
    if (!isReaderEvent(event)) return; // keys the page dispatches itself
    if (event.key === 'Escape') {
      show(null);
      if (deps.sidebarOpen()) deps.closeSidebar();
    } else if (isSidebarShortcut(event)) {
      event.preventDefault();
      if (deps.sidebarOpen()) deps.closeSidebar();
      else deps.openSidebar(null);
    }
  });

  ctx.addEventListener(win, 'scroll', () => show(null), { passive: true });
}
