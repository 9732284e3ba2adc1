/**
 * `npm run bench`: engine throughput on the PolNeAR dev texts against wink-nlp's readDoc on the
 * same texts in the same process (the ratio is the figure to watch), then linear growth with input
 * size, adversarial inputs, and the model asset's size and load time. Wall and CPU time are both
 * shown: on a shared machine CPU time is the fairer measure of the work done.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { annotate } from '../utils/attribution';
import { decodeModel } from '../utils/attribution/model';
import { adversarialInputs } from './lib/adversarial-inputs';
import { articleOfWords, coldFirstCalls } from './lib/bench-cold';
import { collectGarbage, interleavedRounds, mbPerSecond, measure, median, type Measured } from './lib/bench-timing';
import { MODEL_PATH } from './lib/model-file';
import { readPolnearDevTexts, REPO_ROOT } from './lib/shared-data';

const WARMUP = 2;
const ROUNDS = 7;
const ADVERSARIAL_LIMIT_MS = 1000;
const SCALES = [1, 10, 50];
const COLD_WORDS = 2000;
const COLD_RUNS = 5;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const both = (m: Measured): string => `wall ${m.wallMs.toFixed(0)} ms, cpu ${m.cpuMs.toFixed(0)} ms`;

function throughput(texts: readonly string[], bytes: number, run: { engine: () => void; wink: () => void }): void {
  const times = interleavedRounds([{ name: 'engine', run: run.engine }, { name: 'wink', run: run.wink }], WARMUP, ROUNDS);
  const rate = (name: string, key: keyof Measured) => mbPerSecond(bytes, median(times.get(name)!.map((m) => m[key])));
  const range = (name: string) => times.get(name)!.map((m) => m.wallMs);
  const line = (label: string, name: string) =>
    `${label}: ${rate(name, 'wallMs').toFixed(2)} MB/s (cpu-time basis ${rate(name, 'cpuMs').toFixed(2)} MB/s; pass wall ${Math.min(...range(name)).toFixed(0)}–${Math.max(...range(name)).toFixed(0)} ms)`;
  console.log(`bench: PolNeAR dev, ${texts.length} texts, ${(bytes / 1e6).toFixed(3)} MB UTF-8; median of ${ROUNDS} interleaved rounds after ${WARMUP} warm-up rounds`);
  console.log(line('engine annotate()', 'engine'));
  console.log(line('wink-nlp readDoc()', 'wink'));
  const ratio = rate('engine', 'wallMs') / rate('wink', 'wallMs');
  const cpuRatio = rate('engine', 'cpuMs') / rate('wink', 'cpuMs');
  console.log(`ratio ${ratio.toFixed(2)} (engine MB/s ÷ wink MB/s, wall; cpu-time basis ${cpuRatio.toFixed(2)}; target ≥ 1.0)`);
}

async function main(): Promise<void> {
  const texts = readPolnearDevTexts().map((d) => d.text);
  const bytes = texts.reduce((sum, t) => sum + utf8Bytes(t), 0);
  const model = decodeModel(new Uint8Array(readFileSync(MODEL_PATH)));
  const nlp = winkNLP(winkModel);
  let sink = 0;
  throughput(texts, bytes, {
    engine: () => { for (const t of texts) sink += annotate(t, model).length; },
    wink: () => { for (const t of texts) sink += nlp.readDoc(t).tokens().length(); },
  });

  for (const input of adversarialInputs()) {
    annotate(input.text.slice(0, 1000), model);
    collectGarbage();
    const m = measure(() => { sink += annotate(input.text, model).length; });
    const verdict = m.cpuMs < ADVERSARIAL_LIMIT_MS ? 'ok' : 'SLOW';
    console.log(`adversarial ${input.name}: ${both(m)} (target < ${ADVERSARIAL_LIMIT_MS} ms cpu) ${verdict}`);
  }

  const joined = texts.join('\n\n');
  for (const copies of SCALES) {
    const big = Array(copies).fill(joined).join('\n\n');
    const mb = utf8Bytes(big) / 1e6;
    collectGarbage();
    const m = measure(() => { sink += annotate(big, model).length; });
    console.log(`scale ×${copies}: ${mb.toFixed(2)} MB, ${both(m)} (${(m.cpuMs / mb).toFixed(0)} cpu ms/MB)`);
  }

  const loads: Measured[] = [];
  for (let i = 0; i < 11; i++) loads.push(measure(() => decodeModel(new Uint8Array(readFileSync(MODEL_PATH)))));
  const loadMs = median(loads.map((m) => m.wallMs));
  console.log(`model ${relative(REPO_ROOT, MODEL_PATH)}: ${statSync(MODEL_PATH).size} bytes, load+decode ${loadMs.toFixed(1)} ms (median of 11)`);

  const article = articleOfWords(texts, COLD_WORDS);
  const words = article.split(/\s+/).filter(Boolean).length;
  const cold = await coldFirstCalls(article, COLD_RUNS);
  const ms = (v: number) => v.toFixed(1);
  console.log(`cold first call, fresh process, ${words} words (median of ${COLD_RUNS}): engine module+model load ${ms(cold.engine.loadMs)} ms, first annotate() ${ms(cold.engine.firstCallMs)} ms; wink-nlp load ${ms(cold.wink.loadMs)} ms, first readDoc() ${ms(cold.wink.firstCallMs)} ms`);
  if (sink < 0) console.log(sink);
}

void main();
