/**
 * The extension's CPU on a page, from the page's V8 CPU profile: the content script runs in the
 * page's isolate (in its own world), so its functions are sampled with the page's and told apart
 * by their script URL. Used by the ticker test and scripts/bench-ticker.ts.
 */
import type { Page } from 'playwright-core';

/** Sampled CPU time of our scripts and of everything else on the page over one window. */
export interface CpuShare {
  windowMs: number;
  extensionMs: number;
  pageMs: number;
  extensionShare: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

/** Profiles the page for `windowMs` while `during` runs; sums self time by script origin. */
export async function measureExtensionCpu(page: Page, extensionId: string, windowMs: number, during: () => Promise<void> = async () => {}): Promise<CpuShare> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await during();
  const left = windowMs - (Date.now() - started);
  if (left > 0) await page.waitForTimeout(left);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const elapsedMs = Date.now() - started;
  await cdp.detach();
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  let extensionUs = 0;
  let pageUs = 0;
  const ours = `chrome-extension://${extensionId}/`;
  profile.samples.forEach((id, i) => {
    const url = urlOf.get(id) ?? '';
    const us = profile.timeDeltas[i + 1] ?? 0; // a sample's time is the gap to the next one
    if (url.startsWith(ours)) extensionUs += us;
    else if (url !== '') pageUs += us;
  });
  return { windowMs: elapsedMs, extensionMs: extensionUs / 1000, pageMs: pageUs / 1000, extensionShare: extensionUs / 1000 / elapsedMs };
}
