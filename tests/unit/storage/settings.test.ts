import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, highlightsActive, parseSettings, readSettings, updateSettings, watchSettings, withSiteDisabled } from '../../../utils/settings';
import { SETTINGS_STORAGE_KEY as SETTINGS_KEY } from '../../../utils/settings-key';

/** A real in-memory key-value area with storage.local's get/set contract. */
function memoryArea() {
  const values: Record<string, unknown> = {};
  return {
    values,
    async get(key: string) {
      return key in values ? { [key]: structuredClone(values[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(values, structuredClone(items));
    },
  };
}

describe('settings', () => {
  it('defaults to highlights on', async () => {
    expect(await readSettings(memoryArea() as never)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps good fields when one stored field is damaged', () => {
    expect(parseSettings({ highlights: false, disabledSites: 'oops' })).toEqual({ highlights: false, disabledSites: [] });
  });
  it('turns a site off and on, and persists the choice', async () => {
    const area = memoryArea();
    await updateSettings((s) => withSiteDisabled(s, 'https://www.news.example/a', true), area as never);
    const stored = await readSettings(area as never);
    expect(stored.disabledSites).toEqual(['news.example']);
    expect(highlightsActive(stored, 'https://news.example/other')).toBe(false);
    expect(highlightsActive(stored, 'https://elsewhere.example/')).toBe(true);
    await updateSettings((s) => withSiteDisabled(s, 'https://news.example/', false), area as never);
    expect((await readSettings(area as never)).disabledSites).toEqual([]);
  });
  it('reports changes to the settings key only', () => {
    const listeners: ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.highlights), {
      addListener: (l: never) => listeners.push(l),
      removeListener: () => listeners.pop(),
    } as never);
    listeners[0]({ other: { newValue: 1 } }, 'local');
    listeners[0]({ [SETTINGS_KEY]: { newValue: { highlights: false, disabledSites: [] } } }, 'local');
    listeners[0]({ [SETTINGS_KEY]: { newValue: { highlights: true, disabledSites: [] } } }, 'sync');
    expect(seen).toEqual([false]);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
