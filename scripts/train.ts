/**
 * `npm run train`: fits the cue and role taggers on PolNeAR train and writes
 * assets/model/attribution.bin. Fixed seed and order, so every run writes the same bytes.
 * Options: --epochs N (12), --out PATH, --min-weight W (0: the table is stored dense, so pruning saves nothing), --cue-bits B (17), --role-bits B (17). Shared folder as in eval (SOURCELIGHT_SHARED).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cuePrefix } from '../utils/attribution/role-features';
import { encodeModel } from '../utils/attribution/model';
import { TagBuffers, tagCues, tagRoles } from '../utils/attribution/tagging';
import { MODEL_PATH } from './lib/model-file';
import { AveragedPerceptron, shuffle } from './lib/perceptron';
import { seededRandom } from '../utils/seeded-random';
import { loadPolnear } from './lib/polnear';
import { toTrainingDoc, type TrainingDoc } from './lib/training-data';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(repoRoot, '../shared'));
const epochs = Number(arg('--epochs', '12'));
const out = arg('--out', MODEL_PATH);
const minWeight = Number(arg('--min-weight', '0'));
const CUE_BITS = Number(arg('--cue-bits', '17')), ROLE_BITS = Number(arg('--role-bits', '17')), SEED = 20160101;

const t0 = performance.now();
const docs: TrainingDoc[] = loadPolnear(join(shared, 'data/polnear/train')).map(toTrainingDoc);
console.log(`train: ${docs.length} articles prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const buf = new TagBuffers();
const random = seededRandom(SEED);

const cueTagger = new AveragedPerceptron(CUE_BITS, 3);
const sentences = docs.flatMap((d) => d.doc.sentences.map((s) => ({ d, s })));
for (let epoch = 1; epoch <= epochs; epoch++) {
  let wrong = 0;
  for (const { d, s } of shuffle(sentences, random)) {
    tagCues(d.doc, s.from, s.to, cueTagger.view, buf);
    if (cueTagger.learn(buf, s.to - s.from, d.cueTags.subarray(s.from, s.to))) wrong++;
  }
  console.log(`cue tagger epoch ${epoch}: ${wrong} of ${sentences.length} sentences wrong`);
}

const roleTagger = new AveragedPerceptron(ROLE_BITS, 5);
const instances = docs.flatMap((d) => {
  const prefix = cuePrefix(d.isCue);
  return d.roles.map((r) => ({ d, r, prefix }));
});
for (let epoch = 1; epoch <= epochs; epoch++) {
  let wrong = 0;
  for (const { d, r, prefix } of shuffle(instances, random)) {
    tagRoles(d.doc, r.cue, prefix, roleTagger.view, buf);
    if (roleTagger.learn(buf, r.gold.length, r.gold)) wrong++;
  }
  console.log(`role tagger epoch ${epoch}: ${wrong} of ${instances.length} cues wrong`);
}

const bytes = encodeModel({ version: 1, cue: cueTagger.finish(minWeight), role: roleTagger.finish(minWeight) });
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.length / 1024).toFixed(0)} KB; training took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
