/**
 * The conflict index's knobs in one place, so callers and benchmarks can see and override them.
 */

/** Tuning knobs; defaults were set on training data and are meant for news in general. */
export interface ConflictIndexOptions {
  /** Keys with more postings than this are not walked when looking for candidates. */
  maxPostingsWalked: number;
  /** Postings walked per claim (rarest keys first); bounds the cost of a query. */
  postingBudget: number;
  /** Candidates per claim that get a full comparison, those sharing the most weight first. */
  maxCandidates: number;
  /** Direct pairing: share of the disputing claim's subject found in the other claim. */
  minDisputeCover: number;
  /** Direct pairing: share of the other claim's subject found in the disputing claim. */
  minStoryCover: number;
  /** Minimum number of distinct shared keys for a direct pairing or a bridge. */
  minSharedKeys: number;
  /** A bridge claim must match the disputing claim at least this well on both sides. */
  minBridgeCover: number;
  /** The bridged story must match the bridge at least this well on both sides. */
  minSiblingCover: number;
  /** A bridged story must still cover this share of the disputing claim by itself. */
  minBridgedDisputeCover: number;
  /** Numeric disagreements need the very same quantity: both sides covered at least this much. */
  minNumericCover: number;
  /** Bridges tried per claim, best first; bounds the cost of bridging. */
  maxBridges: number;
}

/** Defaults tuned on a training split of news headlines; general rules, no story-specific words. */
export const DEFAULT_OPTIONS: ConflictIndexOptions = {
  maxPostingsWalked: 1500,
  postingBudget: 800,
  maxCandidates: 100,
  minDisputeCover: 0.35,
  minStoryCover: 0.2,
  minSharedKeys: 2,
  minBridgeCover: 0.35,
  minSiblingCover: 0.4,
  minBridgedDisputeCover: 0.1,
  minNumericCover: 0.6,
  maxBridges: 6,
};
