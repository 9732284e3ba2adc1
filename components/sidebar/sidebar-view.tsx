import { useEffect, useRef } from 'preact/hooks';
import type { SourceGroups } from '@/utils/page/source-groups';
import { ProfileBar } from './profile-bar';
import { SourceCard, type ClaimActions } from './source-card';
import { isReaderEvent, isSidebarShortcut } from './sidebar-shortcut';

/** A tooltip to show: who said the claim under the pointer or caret, and where to draw it. */
export interface TooltipState {
  name: string;
  description: string;
  typeLabel: string;
  x: number;
  y: number;
}

/** Everything the sidebar shows; the content script owns this state and re-renders on change. */
export interface SidebarState {
  groups: SourceGroups;
  open: boolean;
  selectedClaimId: string | null;
  dark: boolean;
  tooltip: TooltipState | null;
  /** Polite announcement for screen readers (caret moved into a claim, sidebar opened). */
  announcement: string;
  /**
   * The extension frame that shows what other pages read say (conflicts, sources quoted there):
   * its address only, never its content, which the page could read here.
   */
  contextFrameSrc?: string | null;
}

/** Callbacks from the UI back to the content script. */
export interface SidebarCallbacks extends Omit<ClaimActions, 'selectedClaimId'> {
  onOpen(): void;
  onClose(): void;
}

function Group({ title, entries, actions }: { title: string; entries: SourceGroups['named']; actions: ClaimActions }) {
  const id = `group-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id} data-group={title.startsWith('Named') ? 'named' : 'anonymous'}>
      <h3 id={id}>{title} ({entries.length})</h3>
      {entries.length === 0 ? <p class="empty">None in this article.</p> : (
        <ul>{entries.map((entry) => <SourceCard key={entry.key} entry={entry} actions={actions} />)}</ul>
      )}
    </section>
  );
}

/**
 * The docked panel listing the article's sources (or, closed, a small launcher so keyboard users
 * can reach it), plus the claim tooltip. Opening moves focus in; Esc or the close button closes.
 */
export function SidebarView({ state, callbacks }: { state: SidebarState; callbacks: SidebarCallbacks }) {
  const panelRef = useRef<HTMLElement>(null);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const { groups } = state;
  const total = groups.namedClaims + groups.anonymousClaims;

  useEffect(() => {
    if (state.open && !wasOpen.current) {
      const panel = panelRef.current;
      const selected = panel?.querySelector<HTMLElement>('[aria-current="true"]');
      (selected ?? panel?.querySelector<HTMLElement>('.close'))?.focus();
      selected?.scrollIntoView({ block: 'nearest' });
    } else if (!state.open && wasOpen.current) launcherRef.current?.focus();
    wasOpen.current = state.open;
  }, [state.open]);

  useEffect(() => {
    if (!state.open || !state.selectedClaimId) return;
    panelRef.current?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(state.selectedClaimId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [state.selectedClaimId, state.open]);

  const actions: ClaimActions = { ...callbacks, selectedClaimId: state.selectedClaimId };
  // Keys inside the sidebar do not reach the page (see mount-sidebar), so its own keys are handled here.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isReaderEvent(event)) return;
    if (event.key === 'Escape' && state.open) {
      event.stopPropagation();
      callbacks.onClose();
    } else if (isSidebarShortcut(event)) {
      event.preventDefault();
      if (state.open) callbacks.onClose();
      else callbacks.onOpen();
    }
  };
  const onlyReader = (action: () => void) => (event: MouseEvent) => isReaderEvent(event) && action();
  return (
    <div class={state.dark ? 'root dark' : 'root'} onKeyDown={onKeyDown}>
      {state.open ? (
        <aside class="panel" role="complementary" aria-labelledby="sl-title" ref={panelRef}>
          <div class="head">
            <h2 id="sl-title">Sources in this article</h2>
            <button type="button" class="close" aria-label="Close sources sidebar" onClick={onlyReader(callbacks.onClose)}>×</button>
          </div>
          <ProfileBar groups={groups} />
          {state.contextFrameSrc && <iframe class="context-frame" title="From other pages you read" src={state.contextFrameSrc} />}
          <div class="scroll">
            <Group title="Named sources" entries={groups.named} actions={actions} />
            <Group title="Anonymous and unnamed sources" entries={groups.anonymous} actions={actions} />
          </div>
        </aside>
      ) : total > 0 ? (
        <button type="button" class="launcher" ref={launcherRef} aria-label={`Show the sources of this article: ${total} claims`} onClick={onlyReader(callbacks.onOpen)}>
          Sources · {total}
        </button>
      ) : null}
      {state.tooltip && (
        <div class="tooltip" role="tooltip" style={{ left: `${state.tooltip.x}px`, top: `${state.tooltip.y}px` }}>
          Said by <strong>{state.tooltip.name}</strong>
          {state.tooltip.description !== state.tooltip.name && <span>: {state.tooltip.description}</span>}
          <span class="type">{state.tooltip.typeLabel}</span>
        </div>
      )}
      <div class="sr-only" aria-live="polite">{state.announcement}</div>
    </div>
  );
}
