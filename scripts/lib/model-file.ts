/** Node-side loading of the shipped weights, so CLI tools, evals and tests use the same file as the extension. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel, type AttributionModel } from '../../utils/attribution/model';

/** Where `npm run train` writes the model and the extension bundles it from. */
export const MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/model/attribution.bin');

/** Reads and decodes assets/model/attribution.bin (or another path, for tests and experiments). */
export function loadModelFromDisk(path: string = MODEL_PATH): AttributionModel {
  return decodeModel(new Uint8Array(readFileSync(path)));
}
