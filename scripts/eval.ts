/**
 * `npm run eval`: annotates the shared dev sets with the shipped model and runs the shared
 * scorers on the result, so every change to the engine is judged by the same numbers.
 * Shared folder: ../shared beside the repo (as in CI), or SOURCELIGHT_SHARED.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../utils/attribution/annotate';
import type { AttributionModel } from '../utils/attribution/model';
import { loadModelFromDisk } from './lib/model-file';
import { biasTag } from './lib/perceptron';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(repoRoot, '../shared'));
const modelArg = process.argv.indexOf('--model');
let model: AttributionModel = loadModelFromDisk(modelArg > 0 ? process.argv[modelArg + 1] : undefined);
// --bias TAGGER:TAG:DELTA (repeatable): try a recall/precision shift without retraining
process.argv.forEach((a, i) => {
  if (a !== '--bias') return;
  const [name, tag, delta] = process.argv[i + 1].split(':');
  const tagger = name === 'cue' ? model.cue : model.role;
  if (tagger) model = { ...model, [name]: biasTag(tagger, Number(tag), Number(delta)) };
});
const only = process.argv.includes('--polnear-only');

function annotateFolder(textDir: string, predDir: string): { files: number; chars: number; ms: number } {
  mkdirSync(predDir, { recursive: true });
  let chars = 0, ms = 0, files = 0;
  for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(textDir, f), 'utf8');
    const t0 = performance.now();
    const attributions = annotate(text, model);
    ms += performance.now() - t0;
    chars += text.length;
    files++;
    writeFileSync(join(predDir, f.replace(/\.txt$/, '.json')), JSON.stringify({ attributions }));
  }
  return { files, chars, ms };
}

function scorer(name: string, args: string[]): void {
  execFileSync(process.execPath, [join(shared, 'eval', name), ...args], { stdio: 'inherit' });
}

function report(label: string, r: { files: number; chars: number; ms: number }): void {
  console.log(`${label}: annotated ${r.files} texts, ${(r.chars / 1e6).toFixed(2)} M chars in ${r.ms.toFixed(0)} ms (${(r.chars / 1e3 / Math.max(r.ms, 1)).toFixed(2)} MB/s)`);
}

if (!existsSync(join(shared, 'eval'))) {
  console.error(`eval: shared folder not found at ${shared} (set SOURCELIGHT_SHARED)`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
try {
  const polnear = join(shared, 'data/polnear/dev');
  const polnearPred = join(work, 'polnear');
  report('PolNeAR dev', annotateFolder(join(polnear, 'text'), polnearPred));
  console.log('\n== PolNeAR dev: attribution spans (score-attributions) ==');
  scorer('score-attributions.mjs', ['--gold', polnear, '--pred', polnearPred]);
  if (!only) {
    console.log('\n== PolNeAR dev: source types (score-source-types) ==');
    scorer('score-source-types.mjs', ['--text', join(polnear, 'text'), '--labels', join(shared, 'data/polnear/dev-source-types'), '--pred', polnearPred]);
    const mcae = join(shared, 'data/mcae-dev');
    const mcaeText = join(work, 'mcae-text'), mcaePred = join(work, 'mcae-pred');
    scorer('score-sourcing.mjs', ['texts', mcae, mcaeText]);
    report('\nmcae-dev', annotateFolder(mcaeText, mcaePred));
    console.log('== mcae-dev: journalistic sourcing (score-sourcing) ==');
    scorer('score-sourcing.mjs', ['score', mcae, mcaePred]);
  }
} finally {
  if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
  else console.log(`predictions kept in ${work}`);
}
