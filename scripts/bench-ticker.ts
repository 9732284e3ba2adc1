/**
 * `npx tsx scripts/bench-ticker.ts [seconds]` (after `npm run build`): the extension's CPU on a
 * page whose article changes every 10 ms, for 30 s by default. Prints the extension's sampled
 * CPU time as a share of wall time (target: at most 5%) and, as the in-process baseline, the same
 * figure for a ticker outside the article (changes we should ignore) and for the page's own scripts.
 */
import { launchExtensionBrowser, startStaticServer, waitForPainted } from '../tests/e2e/support';
import { extensionDirOption } from '../tests/e2e/hardening-support';
import { hostileServer } from '../tests/e2e/hostile-pages';
import { measureExtensionCpu, type CpuShare } from '../tests/e2e/hardening-cpu';

const seconds = Number(process.argv[2] ?? 30);
if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('usage: tsx scripts/bench-ticker.ts [seconds]');

const server = await startStaticServer(hostileServer());
const browser = await launchExtensionBrowser(extensionDirOption());
const line = (label: string, cpu: CpuShare) =>
  `${label}: extension ${cpu.extensionMs.toFixed(0)} ms of ${cpu.windowMs} ms = ${(100 * cpu.extensionShare).toFixed(2)}% CPU; page scripts ${cpu.pageMs.toFixed(0)} ms; extension/page ratio ${(cpu.extensionMs / Math.max(cpu.pageMs, 1)).toFixed(2)}`;
try {
  const results: [string, CpuShare][] = [];
  for (const [label, path] of [['ticker outside the article (baseline)', 'ticker.html'], ['ticker inside the article', 'ticker.html?where=article']] as const) {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await waitForPainted(page);
    const cpu = await measureExtensionCpu(page, browser.extensionId, seconds * 1000);
    const runs = await page.evaluate(() => performance.getEntriesByName('sourcelight:painted').length + performance.getEntriesByName('sourcelight:unchanged').length);
    console.log(`${line(label, cpu)}; ${runs} annotation runs`);
    results.push([label, cpu]);
    await page.close();
  }
  const [baseline, inside] = results.map(([, cpu]) => cpu.extensionShare);
  console.log(`inside/outside CPU ratio: ${(inside / Math.max(baseline, 1e-6)).toFixed(1)}x; target ≤ 5%: ${inside <= 0.05 ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  await server.close();
}
