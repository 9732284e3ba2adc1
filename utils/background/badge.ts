/** The toolbar badge: how many claims on this tab's page rest on anonymous sources. */
import { browser } from 'wxt/browser';

/** The part of the action API the badge uses (browserAction in Firefox MV2). */
export type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** The running browser's action API. */
export function currentBadgeApi(): BadgeApi {
  return browser.action ?? (browser as unknown as { browserAction: BadgeApi }).browserAction;
}

/** Badge text for a count: empty for zero so the icon stays quiet on pages without anonymous claims. */
export function badgeText(anonymousClaims: number): string {
  if (anonymousClaims <= 0) return '';
  return anonymousClaims > 999 ? '999+' : String(anonymousClaims);
}

/** Shows the tab's anonymous-claim count on the toolbar icon. */
export async function showAnonymousCount(api: BadgeApi, tabId: number, anonymousClaims: number): Promise<void> {
  await api.setBadgeBackgroundColor({ tabId, color: '#8a3ffc' });
  await api.setBadgeText({ tabId, text: badgeText(anonymousClaims) });
}
