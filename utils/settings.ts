/**
 * The reader's highlight choices, kept in browser.storage.local so every context (content
 * scripts, popup, background) reads the same value and storage.onChanged tells them all when it
 * changes: no message to each tab needed. Stored values are validated; a bad value falls back
 * to the default for that field only.
 */
import { browser } from 'wxt/browser';
import { z } from './zod-mini';
import { lazy } from './lazy';
import { siteKeyOf } from './url';
import { SETTINGS_STORAGE_KEY } from './settings-key';


/** Stored shape; `z.catch` keeps the good fields when one field is damaged. Built on first read, not at import. */
const settingsSchema = lazy(() =>
  z.object({
    highlights: z.catch(z.boolean(), true),
    disabledSites: z.catch(z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(10_000)), []),
  }),
);
/** Highlights on/off globally, and the sites the reader turned off for good. */
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;
/** First run: highlights on everywhere. */
export const DEFAULT_SETTINGS: Settings = { highlights: true, disabledSites: [] };

/** The storage area used; injected so tests and other areas can be used. */
export type SettingsArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** Parses whatever is stored (or nothing) into settings. */
export function parseSettings(stored: unknown): Settings {
  const parsed = settingsSchema().safeParse(stored ?? DEFAULT_SETTINGS);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/** Current settings. */
export async function readSettings(area: SettingsArea = browser.storage.local): Promise<Settings> {
  const stored = await area.get(SETTINGS_STORAGE_KEY);
  return parseSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Applies a change and stores it; returns the new settings. */
export async function updateSettings(
  change: (current: Settings) => Settings,
  area: SettingsArea = browser.storage.local,
): Promise<Settings> {
  const next = settingsSchema().parse(change(await readSettings(area)));
  await area.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
}

/** Whether highlights should show on a page: on globally and its site not turned off. */
export function highlightsActive(settings: Settings, pageUrl: string): boolean {
  const site = siteKeyOf(pageUrl);
  return settings.highlights && (site === null || !settings.disabledSites.includes(site));
}

/** Settings with one site turned off (disabled=true) or back on. */
export function withSiteDisabled(settings: Settings, pageUrl: string, disabled: boolean): Settings {
  const site = siteKeyOf(pageUrl);
  if (!site) return settings;
  const others = settings.disabledSites.filter((entry) => entry !== site);
  return { ...settings, disabledSites: disabled ? [...others, site] : others };
}

/** Calls back with the new settings whenever any context changes them; returns an unsubscribe. */
export function watchSettings(
  onChange: (settings: Settings) => void,
  events: Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'> = browser.storage.onChanged,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && SETTINGS_STORAGE_KEY in changes) onChange(parseSettings(changes[SETTINGS_STORAGE_KEY].newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
