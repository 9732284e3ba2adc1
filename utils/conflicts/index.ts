/** The conflict finder's one door: claims in, conflicting pairs out; no DOM, browser or storage. */
export { ConflictIndex, featuresOf } from './conflict-index';
export { DEFAULT_OPTIONS, type ConflictIndexOptions } from './conflict-options';
export { ClaimSchema, ConflictSchema, CONFLICT_KINDS, type Claim, type Conflict, type ConflictKind } from './schema';
export { readStance, type Stance, type StanceReading } from './stance';
export { extractQuantities, type Quantity } from './quantities';
