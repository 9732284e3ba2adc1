/**
 * The session's side of what the content script started before the session's module loaded
 * (session-handoff.ts): the settings' read, already under way when the session starts.
 */
import { browser } from 'wxt/browser';
import type { SettingsArea } from '@/utils/settings';

/** storage.local, its first read of the settings the one the content script started (if it did). */
export function settingsAreaFrom(stored?: Promise<Record<string, unknown>>): SettingsArea | undefined {
  if (!stored) return undefined;
  let first: Promise<Record<string, unknown>> | null = stored;
  return {
    get: ((keys: string) => {
      const read = first ?? browser.storage.local.get(keys);
      first = null;
      return read;
    }) as SettingsArea['get'],
    set: (items) => browser.storage.local.set(items),
  };
}
