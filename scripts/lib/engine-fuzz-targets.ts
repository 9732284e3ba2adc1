/**
 * The engine's fuzz targets: every text generator the property tests use, run at fuzzing volume
 * against the shared invariants.
 */
import type { AttributionModel } from '../../utils/attribution';
import { checkEngineOn } from './engine-invariants';
import { defineFuzzTarget, type FuzzTarget } from './fuzz-target';
import { binaryText, graphemeText, newsLikeText, rawUtf16Text } from './news-arbitrary';

/** One target per generator, all checking annotate() with the given model. */
export function engineFuzzTargets(model: AttributionModel): FuzzTarget[] {
  const check = (text: string) => void checkEngineOn(text, model);
  return [
    defineFuzzTarget('engine/news-like', newsLikeText, check),
    defineFuzzTarget('engine/grapheme', graphemeText, check),
    defineFuzzTarget('engine/code-points', binaryText, check),
    defineFuzzTarget('engine/raw-utf16', rawUtf16Text, check),
  ];
}
