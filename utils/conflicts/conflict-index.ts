/**
 * The store-wide conflict finder: an inverted index from subject keys (names, rare words,
 * numbers) to claims, so a new page is compared only with claims that share something rare.
 * Cost grows with the candidates found, not with the store: keys held by very many claims are
 * not walked (they still count in the similarity of candidates found through rarer keys).
 * A denial is paired with a story directly, or through a near-duplicate of that story that the
 * denial matches well (headlines of one story vary more than a denial's words can cover).
 */
import { ClaimSchema, type Claim, type Conflict } from './schema';
import { readStance } from './stance';
import { topicKeys } from './text-features';
import { extractQuantities } from './quantities';
import { judgePair, isDisputing, negationApplies, type ClaimFeatures } from './pairing';
import { mutualCover, overlapOf, type KeyVector, type Overlap } from './similarity';
import { KeyTable } from './key-table';
import { DEFAULT_OPTIONS, type ConflictIndexOptions } from './conflict-options';
import { topByScore } from './select';

/** A stored claim: its features and its keys as interned ids. */
interface Entry {
  f: ClaimFeatures;
  vector: KeyVector;
}

interface Candidate {
  at: number;
  f: ClaimFeatures;
  vector: KeyVector;
  /** coverFirst is the query's side. */
  overlap: Overlap;
}

/** Incremental finder: add a page's claims, get their conflicts with everything stored. */
export class ConflictIndex {
  private readonly entries: Entry[] = [];
  private readonly removed = new Set<number>();
  /** Page of each stored claim as a small integer (-1 once removed): filters candidates without touching them. */
  private pageIds = new Int32Array(1024);
  private readonly pageNumbers = new Map<string, number>();
  private readonly byId = new Map<string, number>();
  private readonly keys = new KeyTable();
  private readonly options: ConflictIndexOptions;
  /** Scratch for summing shared weight per stored claim; reused across queries. */
  private partial = new Float64Array(0);

  constructor(options: Partial<ConflictIndexOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  /** Rebuilds the index from stored claims at start-up, without looking for conflicts. */
  static build(claims: Iterable<Claim>, options: Partial<ConflictIndexOptions> = {}): ConflictIndex {
    const index = new ConflictIndex(options);
    for (const c of claims) index.insert(c);
    return index;
  }

  /** Number of live claims stored. */
  get size(): number {
    return this.entries.length - this.removed.size;
  }

  /** Stores a page's claims and returns their conflicts with claims of other pages already stored. */
  addPage(claims: Claim[]): Conflict[] {
    const features = claims.map((c) => featuresOf(ClaimSchema.parse(c)));
    const limit = this.entries.length;
    const found = features.flatMap((f) => this.query(f, this.keys.vectorOf(f.keys), limit));
    for (const f of features) this.insertFeatures(f);
    return found;
  }

  /** Every conflicting pair in the store, each found once (for the CLI and rebuilds). */
  allConflicts(): Conflict[] {
    const out: Conflict[] = [];
    this.entries.forEach((e, i) => {
      if (!this.removed.has(i)) out.push(...this.query(e.f, e.vector, i));
    });
    return out;
  }

  /** Forgets a page's claims, e.g. when the reader deletes a page from history. */
  removePage(page: string): void {
    this.entries.forEach((e, i) => {
      if (e.f.claim.page === page && !this.removed.has(i)) {
        this.removed.add(i);
        this.pageIds[i] = -1;
        this.byId.delete(e.f.claim.id);
      }
    });
  }

  /** Adds one claim without searching; a claim whose id is already stored is ignored. */
  insert(claim: Claim): void {
    this.insertFeatures(featuresOf(ClaimSchema.parse(claim)));
  }

  private insertFeatures(f: ClaimFeatures): void {
    if (this.byId.has(f.claim.id)) return;
    const at = this.entries.length;
    const vector = this.keys.vectorOf(f.keys);
    this.entries.push({ f, vector });
    if (at >= this.pageIds.length) {
      const grown = new Int32Array(this.pageIds.length * 2);
      grown.set(this.pageIds);
      this.pageIds = grown;
    }
    this.pageIds[at] = this.pageNumber(f.claim.page);
    this.byId.set(f.claim.id, at);
    this.keys.post(vector, at);
  }

  private pageNumber(page: string): number {
    let n = this.pageNumbers.get(page);
    if (n === undefined) this.pageNumbers.set(page, (n = this.pageNumbers.size));
    return n;
  }

  /**
   * Live claims of other pages sharing a walked key with `f`, with their overlap. Keys are
   * walked rarest first within a posting budget; only the candidates with the most shared
   * weight so far get a full overlap, so the cost is bounded whatever the store's size.
   */
  private candidatesOf(f: ClaimFeatures, vector: KeyVector, idf: Float64Array): Candidate[] {
    const o = this.options;
    const lists = [...vector.ids]
      .map((id) => ({ id, list: this.keys.postings(id) }))
      .filter(({ list }) => list.length > 0 && list.length <= o.maxPostingsWalked)
      .sort((a, b) => a.list.length - b.list.length);
    if (this.partial.length < this.entries.length) this.partial = new Float64Array(this.entries.length * 2);
    const partial = this.partial;
    const touched: number[] = [];
    const pageIds = this.pageIds;
    const ownPage = this.pageNumbers.get(f.claim.page) ?? -2;
    const self = this.byId.get(f.claim.id) ?? -2;
    let walked = 0;
    for (const { id, list } of lists) {
      if (walked + list.length > o.postingBudget && walked > 0) break;
      walked += list.length;
      const weight = idf[id];
      for (const i of list) {
        if (pageIds[i] === ownPage || pageIds[i] < 0 || i === self) continue;
        if (partial[i] === 0) touched.push(i);
        partial[i] += weight;
      }
    }
    const ranked = touched.length > o.maxCandidates ? topByScore(touched, partial, o.maxCandidates) : touched;
    for (const i of touched) partial[i] = 0;
    const out: Candidate[] = [];
    for (const at of ranked) {
      const other = this.entries[at];
      out.push({ at, f: other.f, vector: other.vector, overlap: overlapOf(vector, other.vector, idf) });
    }
    return out;
  }

  /** Conflicts of `f` with stored claims whose position is below `limit`. */
  private query(f: ClaimFeatures, vector: KeyVector, limit: number): Conflict[] {
    const o = this.options;
    const idf = this.keys.idfTable(this.entries.length);
    const candidates = this.candidatesOf(f, vector, idf);
    const out: Conflict[] = [];
    const paired = new Set<number>();
    const report = (c: Candidate, similarity: number): void => {
      if (c.at >= limit || paired.has(c.at)) return;
      const conflict = judgePair(c.f, f, similarity, o.minNumericCover);
      if (conflict) {
        out.push(conflict);
        paired.add(c.at);
      }
    };
    const fDisputes = isDisputing(f);
    for (const c of candidates) {
      if (c.overlap.sharedKeys < o.minSharedKeys) continue;
      const [disputeCover, storyCover] = fDisputes ? [c.overlap.coverFirst, c.overlap.coverSecond] : [c.overlap.coverSecond, c.overlap.coverFirst];
      if (isDisputing(c.f) !== fDisputes && disputeCover >= o.minDisputeCover && storyCover >= o.minStoryCover) report(c, disputeCover);
      else if (!isDisputing(c.f) && !fDisputes && mutualCover(c.overlap) >= o.minNumericCover) report(c, mutualCover(c.overlap));
    }
    const stories = candidates.filter((c) => !isDisputing(c.f) && c.overlap.sharedKeys >= o.minSharedKeys);
    if (fDisputes) {
      const bridges = best(stories.filter((c) => mutualCover(c.overlap) >= o.minBridgeCover && negationApplies(f, c.f)), o.maxBridges);
      for (const c of stories) {
        if (paired.has(c.at) || c.overlap.coverFirst < o.minBridgedDisputeCover || !negationApplies(f, c.f)) continue;
        if (bridges.some((b) => b.at !== c.at && mutualCover(overlapOf(b.vector, c.vector, idf)) >= o.minSiblingCover)) report(c, c.overlap.coverFirst);
      }
    } else {
      const siblings = best(stories.filter((c) => mutualCover(c.overlap) >= o.minSiblingCover), o.maxBridges);
      for (const d of candidates) {
        if (paired.has(d.at) || !isDisputing(d.f) || d.overlap.coverSecond < o.minBridgedDisputeCover || !negationApplies(d.f, f)) continue;
        const bridged = siblings.some((s) => {
          const ds = overlapOf(d.vector, s.vector, idf);
          return s.at !== d.at && ds.sharedKeys >= o.minSharedKeys && mutualCover(ds) >= o.minBridgeCover && negationApplies(d.f, s.f);
        });
        if (bridged) report(d, d.overlap.coverSecond);
      }
    }
    return out;
  }
}

/** The `n` candidates most alike on both sides. */
function best(list: Candidate[], n: number): Candidate[] {
  return list.sort((x, y) => mutualCover(y.overlap) - mutualCover(x.overlap)).slice(0, n);
}

/** Everything the index keeps per claim, computed once when it is added. */
export function featuresOf(claim: Claim): ClaimFeatures {
  return { claim, keys: topicKeys(claim.text).keys, stance: readStance(claim.text), quantities: extractQuantities(claim.text) };
}
