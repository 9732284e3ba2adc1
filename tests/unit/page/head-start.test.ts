import { describe, expect, it } from 'vitest';
import { parseSettings, readSettings } from '@/utils/settings';
import { SETTINGS_STORAGE_KEY } from '@/utils/settings-key';
import { settingsAreaFrom } from '@/utils/page/head-start';

describe('settings read started by the content script', () => {
  it('is the read the session parses: stored values, checked as any read of them', async () => {
    const stored = Promise.resolve({ [SETTINGS_STORAGE_KEY]: { highlights: false, disabledSites: ['news.example'] } });
    expect(await readSettings(settingsAreaFrom(stored))).toEqual({ highlights: false, disabledSites: ['news.example'] });
    const damaged = Promise.resolve({ [SETTINGS_STORAGE_KEY]: { highlights: 'yes', disabledSites: ['news.example'] } });
    expect(await readSettings(settingsAreaFrom(damaged))).toEqual(parseSettings({ highlights: 'yes', disabledSites: ['news.example'] }));
  });

  it('gives no area of its own when the content script started nothing', () => {
    expect(settingsAreaFrom(undefined)).toBeUndefined();
  });
});
