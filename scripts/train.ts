/**
 * `npm run train`: fits the cue and role taggers on PolNeAR train and writes
 * assets/model/attribution.bin. Fixed seed and order, so every run writes the same bytes.
 * Options: --epochs N (12), --out PATH, --min-weight W (0: the table is stored dense, so pruning saves nothing), --cue-bits B (17), --role-bits B (17), --seed S (20160101: another seed measures how much a figure moves by chance alone), --folds K (5: the role tagger also trains on the cues a cue tagger trained on the other K−1 folds finds, the cues it will meet at run time; 0: on the gold cues alone), --cue-mix M (4: the shipped cue tagger is the mean of M trained in different shuffle orders; 1: one), --role-mix M (3: the same for the role tagger). Shared folder as in eval (SOURCELIGHT_SHARED).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cuePrefix } from '../utils/attribution/role-features';
import { encodeModel } from '../utils/attribution/model';
import { TagBuffers, tagCues, tagRoles } from '../utils/attribution/tagging';
import { MODEL_PATH } from './lib/model-file';
import { AveragedPerceptron, finishMixed, shuffle } from './lib/perceptron';
import { seededRandom } from '../utils/seeded-random';
import { loadPolnear } from './lib/polnear';
import { toTrainingDoc, type TrainingDoc } from './lib/training-data';
import { cueMask, foundCueInstances, jackknifedCues } from './lib/jackknife-cues';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(repoRoot, '../shared'));
const epochs = Number(arg('--epochs', '12'));
const out = arg('--out', MODEL_PATH);
const minWeight = Number(arg('--min-weight', '0'));
const CUE_BITS = Number(arg('--cue-bits', '17')), ROLE_BITS = Number(arg('--role-bits', '17')), SEED = Number(arg('--seed', '20160101'));
const FOLDS = Number(arg('--folds', '5'));
const CUE_MIX = Number(arg('--cue-mix', '4')), ROLE_MIX = Number(arg('--role-mix', '3'));

const t0 = performance.now();
const docs: TrainingDoc[] = loadPolnear(join(shared, 'data/polnear/train')).map(toTrainingDoc);
console.log(`train: ${docs.length} articles prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const buf = new TagBuffers();
const random = seededRandom(SEED);

/** Fits a cue tagger on `part`, shuffling with `shuffleWith`; `label` names it in the progress lines (none for a fold). */
function trainCueTagger(part: TrainingDoc[], shuffleWith: () => number, label?: string): AveragedPerceptron {
  const tagger = new AveragedPerceptron(CUE_BITS, 3);
  const sentences = part.flatMap((d) => d.doc.sentences.map((s) => ({ d, s })));
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let wrong = 0;
    for (const { d, s } of shuffle(sentences, shuffleWith)) {
      tagCues(d.doc, s.from, s.to, tagger.view, buf);
      if (tagger.learn(buf, s.to - s.from, d.cueTags.subarray(s.from, s.to))) wrong++;
    }
    if (label) console.log(`${label} epoch ${epoch}: ${wrong} of ${sentences.length} sentences wrong`);
  }
  return tagger;
}

const cueTaggers = [trainCueTagger(docs, random, 'cue tagger')];
// the other orders draw from their own generators, so the rest of training sees the same shuffles
for (let m = 1; m < CUE_MIX; m++) cueTaggers.push(trainCueTagger(docs, seededRandom(SEED + 100 + m), `cue tagger ${m + 1} of ${CUE_MIX}`));
const found = FOLDS >= 2 ? jackknifedCues(docs, FOLDS, (part, fold) => trainCueTagger(part, seededRandom(SEED + 1 + fold)).finish(minWeight)) : null;
if (found) console.log(`cues found in each article by a cue tagger trained on the other ${FOLDS - 1} of ${FOLDS} folds`);

const instances = docs.flatMap((d) => {
  const cues = found?.get(d);
  const prefix = cuePrefix(cues ? cueMask(d.doc.tokens.length, cues) : d.isCue);
  return [...d.roles, ...(cues ? foundCueInstances(d, cues) : [])].map((r) => ({ d, r, prefix }));
});

/** Fits a role tagger on every instance, shuffling with `shuffleWith`. */
function trainRoleTagger(shuffleWith: () => number, label: string): AveragedPerceptron {
  const tagger = new AveragedPerceptron(ROLE_BITS, 5);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let wrong = 0;
    for (const { d, r, prefix } of shuffle(instances, shuffleWith)) {
      tagRoles(d.doc, r.cue, prefix, tagger.view, buf);
      if (tagger.learn(buf, r.gold.length, r.gold)) wrong++;
    }
    console.log(`${label} epoch ${epoch}: ${wrong} of ${instances.length} cues wrong`);
  }
  return tagger;
}

const roleTaggers = [trainRoleTagger(random, 'role tagger')];
for (let m = 1; m < ROLE_MIX; m++) roleTaggers.push(trainRoleTagger(seededRandom(SEED + 200 + m), `role tagger ${m + 1} of ${ROLE_MIX}`));

const bytes = encodeModel({ version: 1, cue: finishMixed(cueTaggers, minWeight), role: finishMixed(roleTaggers, minWeight) });
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.length / 1024).toFixed(0)} KB; training took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
