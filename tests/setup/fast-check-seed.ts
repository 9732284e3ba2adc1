/**
 * Property tests in `npm test` run from a fixed seed so CI is reproducible; exploration with new
 * seeds belongs to `npm run fuzz`, or set FC_SEED=random (or a number) and FC_NUM_RUNS here.
 */
import fc from 'fast-check';

const seedSetting = process.env.FC_SEED;
const runsSetting = Number(process.env.FC_NUM_RUNS);

fc.configureGlobal({
  ...(seedSetting === 'random' ? {} : { seed: Number.isFinite(Number(seedSetting)) && seedSetting ? Number(seedSetting) : 20_261_126 }),
  ...(Number.isInteger(runsSetting) && runsSetting > 0 ? { numRuns: runsSetting } : {}),
});
