/**
 * The part of the sidebar that knows about other pages read: conflicts with them and sources
 * quoted on them. It runs as an extension page (sidebar-context.html) framed inside the sidebar,
 * so it is cross-origin to the article and its own process: the article's scripts can walk the
 * sidebar's open shadow root but never this document. It asks the background itself.
 */
import { useEffect, useState } from 'preact/hooks';
import { textFragmentUrl } from '@/utils/anchoring/text-fragment';
import type { SidebarContext } from '@/utils/messages';
import { FRAME_KEY_MESSAGE, isReaderEvent, isSidebarShortcut, type FrameKeyAction } from './sidebar-shortcut';

/** What the frame needs from its window: injected so tests can drive it. */
export interface ContextFrameEnv {
  load(): Promise<SidebarContext>;
  window: Window;
}

/** The theme the sidebar asked for in the frame's address (`#rev=3&theme=dark`): the page's, never the history's. */
function themeOf(win: Window): 'dark' | 'light' {
  return new URLSearchParams(win.location.hash.slice(1)).get('theme') === 'dark' ? 'dark' : 'light';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Conflicts({ context }: { context: SidebarContext }) {
  if (context.conflicts.length === 0) return null;
  return (
    <section aria-labelledby="ctx-conflicts">
      <p id="ctx-conflicts" class="conflict-banner" role="status">
        This page conflicts with {plural(context.conflictingPages, 'page', 'pages')} you read:
      </p>
      <ul>
        {context.conflicts.map((c) => (
          <li key={c.conflictId} class="conflict" role="note" data-attribution-id={c.attributionId}>
            <p class="mine">Here: “{c.claim}”</p>
            <p class="other">
              Conflicts with {c.other.sourceName || 'a source'} ({c.other.anonymous ? 'anonymous' : 'named'}) on{' '}
              <a href={textFragmentUrl(c.other.pageUrl, c.other.quote)} target="_blank" rel="noopener noreferrer">“{c.other.pageTitle}”</a>: “{c.other.claim}”
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RepeatedSources({ context }: { context: SidebarContext }) {
  if (context.sources.length === 0) return null;
  return (
    <section aria-labelledby="ctx-sources">
      <h3 id="ctx-sources">Sources you have read before</h3>
      <ul>
        {context.sources.map((s) => (
          <li key={s.key} class="also-quoted" data-source-key={s.key}>
            <strong>{s.name}</strong>: also quoted on {plural(s.otherPages, 'other page', 'other pages')} you read
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The frame's view: loads on start and whenever the sidebar changes the address (the page was stored again). */
export function ContextFrameApp({ env }: { env: ContextFrameEnv }) {
  const win = env.window;
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState(themeOf(win));

  useEffect(() => {
    let latest = 0;
    const refresh = () => {
      const call = ++latest;
      setTheme(themeOf(win));
      env
        .load()
        .then((loaded) => {
          if (call !== latest) return;
          setContext(loaded);
          setError(null);
        })
        .catch((failure: unknown) => call === latest && setError(failure instanceof Error ? failure.message : String(failure)));
    };
    // Esc and Alt+Shift+S work here as in the rest of the sidebar; the parent hears only which key.
    const onKey = (event: KeyboardEvent) => {
      if (!isReaderEvent(event)) return;
      const action: FrameKeyAction | null = event.key === 'Escape' ? 'close' : isSidebarShortcut(event) ? 'toggle' : null;
      if (!action) return;
      event.preventDefault();
      win.parent.postMessage({ type: FRAME_KEY_MESSAGE, action }, '*');
    };
    refresh();
    win.addEventListener('hashchange', refresh);
    win.addEventListener('keydown', onKey);
    return () => {
      win.removeEventListener('hashchange', refresh);
      win.removeEventListener('keydown', onKey);
    };
  }, [env]);

  useEffect(() => {
    win.document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);

  const empty = context !== null && context.conflicts.length === 0 && context.sources.length === 0;
  return (
    <main aria-labelledby="ctx-title">
      <h2 id="ctx-title">From other pages you read</h2>
      {error && <p role="alert">Could not read your other pages: {error}</p>}
      {context === null && !error && <p class="muted">Loading…</p>}
      {context && context.page === null && <p class="muted">Sourcelight is still saving this page.</p>}
      {empty && context.page !== null && <p class="muted">Nothing yet: no other page you read contradicts this one or quotes its named sources.</p>}
      {context && <Conflicts context={context} />}
      {context && <RepeatedSources context={context} />}
    </main>
  );
}
