/** Thin shell: the popup's look and its app component. */
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/popup-app';

/** The popup root. */
export function App({ tabId }: { tabId: number | null }) {
  return <PopupApp tabId={tabId} />;
}
