/**
 * Fuzz targets for the conflict finder: pages of generated claims go into one ConflictIndex, and
 * every answer must stay well-formed. The finder sees claims from every page a reader opens, so a
 * throw or a hang there would stop storing pages altogether.
 */
import fc from 'fast-check';
import { CONFLICT_KINDS, ConflictIndex, ConflictSchema, type Claim, type Conflict } from '../../utils/conflicts';
import { defineFuzzTarget, type FuzzTarget } from './fuzz-target';
import { graphemeText, newsLikeText, rawUtf16Text } from './news-arbitrary';

/** Claims that look like news, with shared names and numbers so pairs actually meet. */
const claimText = fc.oneof(
  { weight: 4, arbitrary: newsLikeText.filter((t) => t.length > 0) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('The ministry', 'Officials', 'The mayor', 'A spokesperson'), fc.constantFrom('denied', 'confirmed', 'said', 'rejected reports'), fc.constantFrom('that the bridge will close', 'that 40 jobs were cut', 'that 400 jobs were cut', 'the port strike ended', 'the port strike did not end'), fc.nat(3000)).map(([s, v, o, n]) => `${s} ${v} ${o} ${n}`) },
  { weight: 1, arbitrary: graphemeText.filter((t) => t.length > 0) },
  { weight: 1, arbitrary: rawUtf16Text.filter((t) => t.length > 0) },
);

/** A page of up to 6 claims; ids are made unique by the check (the finder requires that). */
const pageOfClaims = fc.array(fc.record({ text: claimText, sourceType: fc.option(fc.constantFrom('named-person', 'unnamed-person', 'organization'), { nil: undefined }) }), { maxLength: 6 });
const store = fc.array(pageOfClaims, { minLength: 1, maxLength: 5 });

function checkConflict(conflict: Conflict, pageOf: Map<string, string>, knownBefore: Set<string>): void {
  ConflictSchema.parse(conflict);
  if (!CONFLICT_KINDS.includes(conflict.kind)) throw new Error(`unknown kind ${conflict.kind}`);
  if (conflict.a === conflict.b) throw new Error(`claim ${conflict.a} conflicts with itself`);
  const pageA = pageOf.get(conflict.a);
  const pageB = pageOf.get(conflict.b);
  if (pageA === undefined || pageB === undefined) throw new Error(`conflict names an unknown claim: ${conflict.a} / ${conflict.b}`);
  if (pageA === pageB) throw new Error(`conflict within one page ${pageA}`);
  if (!knownBefore.has(conflict.a) && !knownBefore.has(conflict.b)) throw new Error('neither side was stored before the page');
  if (!Number.isFinite(conflict.score) || conflict.reason.trim() === '') throw new Error('score or reason missing');
}

/** Adds each page in turn, checks each answer, then checks the store-wide listing and removal. */
function checkStore(pages: { text: string; sourceType?: string }[][]): void {
  const index = new ConflictIndex();
  const pageOf = new Map<string, string>();
  let stored = 0;
  pages.forEach((claims, p) => {
    const page = `https://news.example/${p}`;
    const before = new Set(pageOf.keys());
    const batch: Claim[] = claims.map((c, i) => ({ id: `${p}:${i}`, page, text: c.text, ...(c.sourceType ? { sourceType: c.sourceType } : {}) }));
    for (const claim of batch) pageOf.set(claim.id, page);
    for (const conflict of index.addPage(batch)) checkConflict(conflict, pageOf, before);
    stored += batch.length;
    if (index.size !== stored) throw new Error(`size ${index.size}, expected ${stored}`);
  });
  const all = index.allConflicts();
  const seen = new Set<string>();
  for (const conflict of all) {
    checkConflict(conflict, pageOf, new Set(pageOf.keys()));
    const key = [conflict.a, conflict.b].sort().join('|');
    if (seen.has(key)) throw new Error(`pair ${key} listed twice`);
    seen.add(key);
  }
  const gone = 'https://news.example/0';
  const removedCount = [...pageOf.values()].filter((page) => page === gone).length;
  index.removePage(gone);
  if (index.size !== stored - removedCount) throw new Error(`size ${index.size} after removing ${removedCount} claims of ${stored}`);
  for (const conflict of index.allConflicts()) {
    if (pageOf.get(conflict.a) === gone || pageOf.get(conflict.b) === gone) throw new Error('a removed page still conflicts');
  }
}

/** The conflict finder's targets: a store built page by page, and the same with hostile text only. */
export function conflictFuzzTargets(): FuzzTarget[] {
  return [
    defineFuzzTarget('conflicts/store', store, checkStore),
    defineFuzzTarget('conflicts/raw-text', fc.array(fc.array(fc.record({ text: rawUtf16Text.filter((t) => t.length > 0) }), { maxLength: 4 }), { minLength: 2, maxLength: 3 }), checkStore),
  ];
}
