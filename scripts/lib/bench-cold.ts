/**
 * The cold first call: in the browser every page load starts a fresh content-script world, so
 * what a reader waits for is module load plus the engine's first (unoptimised) call, not the warm
 * throughput. Each contender runs in a fresh Node process: the engine as one minified Vite bundle (as
 * the extension ships it), wink-nlp from node_modules as its users load it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { MODEL_PATH } from './model-file';
import { REPO_ROOT } from './shared-data';

/** What one fresh process printed: milliseconds to load the code, then for the first call. */
export interface ColdRun {
  loadMs: number;
  firstCallMs: number;
}

// inside the repo, so the wink child resolves its packages from node_modules
const WORK_DIR = join(REPO_ROOT, 'node_modules/.cache/sourcelight-bench');

/** Bundles the engine the way the extension does (Vite, ESM, minified) and returns the file's URL. */
async function bundleEngine(): Promise<string> {
  mkdirSync(WORK_DIR, { recursive: true });
  const entry = join(WORK_DIR, 'engine-entry.ts');
  writeFileSync(entry, "export { annotate } from '../../../utils/attribution';\nexport { decodeModel } from '../../../utils/attribution/model';\n");
  const outDir = join(WORK_DIR, 'engine');
  await build({
    configFile: false, logLevel: 'silent', root: REPO_ROOT,
    build: { outDir, emptyOutDir: true, minify: 'esbuild', lib: { entry, formats: ['es'], fileName: () => 'engine.mjs' } },
  });
  return pathToFileURL(join(outDir, 'engine.mjs')).href;
}

const ENGINE_CHILD = (bundleUrl: string) => `
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[1], 'utf8');
const t0 = performance.now();
const { annotate, decodeModel } = await import(${JSON.stringify(bundleUrl)});
const model = decodeModel(new Uint8Array(readFileSync(${JSON.stringify(MODEL_PATH)})));
const t1 = performance.now();
const n = annotate(text, model).length;
const t2 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, firstCallMs: t2 - t1, n }));
`;

const WINK_CHILD = `
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[1], 'utf8');
const t0 = performance.now();
const { default: winkNLP } = await import('wink-nlp');
const { default: winkModel } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(winkModel);
const t1 = performance.now();
const n = nlp.readDoc(text).tokens().length();
const t2 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, firstCallMs: t2 - t1, n }));
`;

function runChild(source: string, textFile: string): ColdRun {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', source, textFile], { cwd: WORK_DIR, encoding: 'utf8' });
  const parsed = JSON.parse(out.trim().split('\n').pop()!) as ColdRun;
  return { loadMs: parsed.loadMs, firstCallMs: parsed.firstCallMs };
}

/** Median-by-first-call of `runs` fresh processes per contender, alternating engine and wink. */
export async function coldFirstCalls(text: string, runs: number): Promise<{ engine: ColdRun; wink: ColdRun }> {
  const bundleUrl = await bundleEngine();
  const textFile = join(tmpdir(), `sourcelight-cold-${process.pid}.txt`);
  writeFileSync(textFile, text);
  const engine: ColdRun[] = [], wink: ColdRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      engine.push(runChild(ENGINE_CHILD(bundleUrl), textFile));
      wink.push(runChild(WINK_CHILD, textFile));
    }
  } finally {
    rmSync(textFile, { force: true });
  }
  const mid = (xs: ColdRun[]) => [...xs].sort((a, b) => a.firstCallMs - b.firstCallMs)[xs.length >> 1];
  return { engine: mid(engine), wink: mid(wink) };
}

/** About `words` words of whole texts from the start of `texts` (one article-sized input). */
export function articleOfWords(texts: readonly string[], words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (const t of texts) {
    if (count >= words) break;
    parts.push(t);
    count += t.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}
