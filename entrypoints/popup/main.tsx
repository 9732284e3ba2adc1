/** Popup entry: picks the tab (active tab, or `?tab=ID` in tests) and renders the app. */
import { render } from 'preact';
import { resolveTabId } from '@/components/popup/current-tab';
import { App } from './App';

// Ask the browser to keep our storage under pressure; the popup is a window, where persist() exists.
void navigator.storage?.persist?.().catch(() => false);

resolveTabId()
  .catch(() => null)
  .then((tabId) => render(<App tabId={tabId} />, document.getElementById('app')!));
