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

/** Badge colour when the page conflicts with a page already read; the usual violet otherwise. */
export const CONFLICT_BADGE_COLOR = '#b00020';

/** Toolbar tooltip: what the badge means on this tab. */
export function badgeTitle(anonymousClaims: number, conflictingPages: number): string {
  const parts = [`Sourcelight: ${anonymousClaims} claim${anonymousClaims === 1 ? '' : 's'} from anonymous sources`];
  if (conflictingPages > 0) parts.push(`conflicts with ${conflictingPages} page${conflictingPages === 1 ? '' : 's'} you read`);
  return parts.join('; ');
}

/**
 * Shows the tab's anonymous-claim count on the toolbar icon, in red with a "!" when the page
 * conflicts with a page already read, so the reader notices without opening anything.
 */
export async function showAnonymousCount(api: BadgeApi, tabId: number, anonymousClaims: number, conflictingPages = 0): Promise<void> {
  const conflicting = conflictingPages > 0;
  await api.setBadgeBackgroundColor({ tabId, color: conflicting ? CONFLICT_BADGE_COLOR : '#8a3ffc' });
  const count = badgeText(anonymousClaims);
  await api.setBadgeText({ tabId, text: conflicting ? `${count}!` : count });
  await (api as Partial<Pick<typeof browser.action, 'setTitle'>>).setTitle?.({ tabId, title: badgeTitle(anonymousClaims, conflictingPages) });
}
