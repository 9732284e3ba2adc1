/**
 * `npm run demo`: builds the extension if needed, serves three sample news articles and opens
 * Chromium with Sourcelight. With a display it stays open for you to read; without one (or with
 * --headless) it saves screenshots of the highlighted article, the open sidebar and the popup to
 * demo-output/ and prints the claims it found, read back from the sidebar the reader sees.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtensionBrowser, pointInHighlight, startStaticServer, waitForPainted } from '../tests/e2e/support';
import { openPopupFor, tabIdFor } from '../tests/e2e/popup-support';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo-output');
const ARTICLES = ['harbour-port.html', 'library-budget.html', 'inhaler-trial.html'];

/** Newest modification time under a folder, to tell whether the build is older than the sources. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}

function buildIfNeeded(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const sources = Math.max(...['entrypoints', 'utils', 'components', 'assets'].map((d) => newest(join(ROOT, d))), statSync(join(ROOT, 'wxt.config.ts')).mtimeMs);
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= sources) return;
  console.log('demo: building the extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** The sources and claims as the sidebar lists them. */
async function readSidebar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-sidebar')!.shadowRoot!;
    const lines: string[] = [];
    for (const section of Array.from(root.querySelectorAll('section[data-group]'))) {
      lines.push(`  ${section.querySelector('h3')!.textContent}`);
      for (const card of Array.from(section.querySelectorAll('.source'))) {
        lines.push(`    ${card.querySelector('.source-name')!.textContent} [${card.querySelector('.source-meta')!.textContent}]`);
        for (const claim of Array.from(card.querySelectorAll('.claim'))) lines.push(`      - ${claim.textContent}`);
      }
    }
    const bar = root.querySelector('.bar')!.getAttribute('aria-label');
    return [`  Profile: ${bar}`, ...lines];
  });
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  buildIfNeeded();
  const server = await startStaticServer();
  const browser = await launchExtensionBrowser({ headless, viewport: { width: 1366, height: 900 } });
  console.log(`demo: extension ${browser.extensionId} loaded; articles at ${server.origin}`);
  try {
    if (!headless) {
      for (const article of ARTICLES) await (await browser.context.newPage()).goto(server.url(article));
      console.log('demo: read the articles in the browser window; close it (or press Ctrl+C) to stop.');
      await new Promise<void>((done) => {
        browser.context.on('close', () => done());
        process.on('SIGINT', () => done());
      });
      return;
    }
    mkdirSync(OUT, { recursive: true });
    for (const article of ARTICLES) {
      const name = article.replace(/\.html$/, '');
      const page = await browser.context.newPage();
      await page.goto(server.url(article));
      await waitForPainted(page);
      await page.screenshot({ path: join(OUT, `${name}-highlights.png`) });
      const point = await pointInHighlight(page, await firstClaim(page));
      await page.mouse.click(point.x, point.y);
      await page.locator('sourcelight-sidebar [role="complementary"]').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `${name}-sidebar.png`) });
      console.log(`\n${await page.title()}`);
      for (const line of await readSidebar(page)) console.log(line);
      const tabId = await tabIdFor(browser.serviceWorker, page.url()).catch(() => null);
      if (tabId !== null) {
        const popup = await openPopupFor(browser, tabId);
        await popup.setViewportSize({ width: 420, height: 640 });
        await popup.screenshot({ path: join(OUT, `${name}-popup.png`) });
        await popup.close();
      } else console.log('  (popup: the background did not record this tab, no popup screenshot)');
      await page.close();
    }
    console.log(`\ndemo: screenshots in ${OUT}: ${readdirSync(OUT).filter((f) => f.endsWith('.png')).sort().join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A snippet of the first named claim on the page, to click like a reader would. */
async function firstClaim(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('sourcelight-named') as unknown as Set<Range>)] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const quoted = ranges.find((r) => r.toString().startsWith('“')) ?? ranges[0];
    return quoted.toString().slice(0, 20);
  });
}

await main();
