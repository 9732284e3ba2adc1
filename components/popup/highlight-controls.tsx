/** The highlight switch and "never on this site": both write settings that every tab watches. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, highlightsActive, readSettings, updateSettings, watchSettings, withSiteDisabled, type Settings } from '@/utils/settings';
import { siteKeyOf } from '@/utils/url';

/** Props: the current page's address, when the content script has read it. */
export interface HighlightControlsProps {
  pageUrl: string | null;
}

/** Switch "Highlights" plus a per-site checkbox. */
export function HighlightControls({ pageUrl }: HighlightControlsProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readSettings().then(setSettings, (e: unknown) => setError(String(e)));
    return watchSettings(setSettings);
  }, []);
  const change = (next: (current: Settings) => Settings) =>
    updateSettings(next).then(setSettings, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const site = pageUrl ? siteKeyOf(pageUrl) : null;
  const siteOff = site !== null && settings.disabledSites.includes(site);
  return (
    <section class="controls" aria-label="Highlight settings">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.highlights}
          aria-checked={settings.highlights}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            void change((s) => ({ ...s, highlights: on }));
          }}
        />
        Highlights
      </label>
      {site && pageUrl && (
        <label>
          <input
            type="checkbox"
            checked={siteOff}
            onChange={(event) => {
              const off = event.currentTarget.checked;
              void change((s) => withSiteDisabled(s, pageUrl, off));
            }}
          />
          Never on this site ({site})
        </label>
      )}
      {pageUrl && !highlightsActive(settings, pageUrl) && <p class="muted">Highlights are off on this page.</p>}
      {settings.disabledSites.length > 0 && (
        <ul class="off-sites" aria-label="Sites turned off">
          {settings.disabledSites.map((off) => (
            <li key={off}>
              {off}{' '}
              <button type="button" onClick={() => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((entry) => entry !== off) }))}>
                Turn on {off}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
