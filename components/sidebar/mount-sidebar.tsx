import { render } from 'preact';
import { SIDEBAR_CSS } from './sidebar-styles';
import { SidebarView, type SidebarCallbacks, type SidebarState } from './sidebar-view';

/** The element name tests and the page see: one host, an open shadow root, our UI inside. */
export const SIDEBAR_TAG = 'sourcelight-sidebar';

/** A mounted sidebar: re-render with new state, remove everything on teardown. */
export interface SidebarHandle {
  host: HTMLElement;
  shadow: ShadowRoot;
  render(state: SidebarState): void;
  destroy(): void;
}

/**
 * Mounts the sidebar in its own shadow root on <html> (outside <body>, which single-page sites
 * replace). Styles come as an adopted constructed sheet: unaffected by the page's CSS or its CSP.
 */
export function mountSidebar(doc: Document, callbacks: SidebarCallbacks): SidebarHandle {
  const host = doc.createElement(SIDEBAR_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const SheetClass = view?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new SheetClass();
  sheet.replaceSync(SIDEBAR_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const container = doc.createElement('div');
  shadow.appendChild(container);
  // Keys typed in our UI (Esc, Tab, Space) must not reach the page's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.appendChild(host);
  return {
    host,
    shadow,
    render: (state) => render(<SidebarView state={state} callbacks={callbacks} />, container),
    destroy() {
      render(null, container);
      host.remove();
    },
  };
}
