/**
 * The mentions of one text in order, searched back (and a little forward) from a position within
 * bounded steps and distance, so resolving every pronoun and second mention stays linear.
 */
import type { Mention } from './source-entity';
import type { Span } from './types';

/** How far back (in characters) the last speaker stays whom "he", "they" or "the woman" means. */
export const SPEAKER_DISTANCE = 600;

/** How far back a pronoun or second mention may look, in mentions and in characters. */
const MAX_STEPS = 60;
const MAX_DISTANCE = 4000;

/** Index of the last mention in `list` (sorted by start) that starts before `pos`, by binary search. */
function lastBefore(list: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** True when the mention lies inside one of the spans. */
function inside(m: Mention, spans: Span[]): boolean {
  for (const s of spans) if (m.start >= s.start && m.end <= s.end) return true;
  return false;
}

/**
 * Mentions sorted by start, searched backwards from a position. Mentions added later (typed
 * sources, which arrive in text order) live in a second list merged on the fly, so adding one
 * is an append instead of an insertion into the middle of a long array (linear on long texts).
 * At equal starts an added mention counts as earlier than an indexed one, the newest added first.
 */
export class MentionTimeline {
  private readonly items: Mention[];
  private readonly added: Mention[] = [];
  /** Per head-noun pattern, which mentions it names (see `resolveDescription`), for this text only. */
  readonly wordAnswers = new Map<RegExp, Map<Mention, boolean>>();
  /** Where the text's independent items start (a digest's section heads), in order: no look-back crosses one. */
  private readonly barriers: readonly number[];
  constructor(mentions: Mention[], barriers: readonly number[] = []) {
    this.items = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    this.barriers = barriers;
  }

  /** The last barrier at or before `pos` (0 when none): the start of the item `pos` is in. */
  private floor(pos: number): number {
    // (by binary search: a long digest has many items and many look-backs)
    const bs = this.barriers;
    let lo = 0, hi = bs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bs[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : bs[lo - 1];
  }

  /**
   * Nearest mention before `pos`, outside `skip` spans, that `accept` takes. Walks the two sorted
   * lists backwards, merged on the fly, nearest start first (a plain loop: no closure per call).
   */
  findBack(pos: number, skip: Span[], accept: (m: Mention) => boolean): Mention | null {
    const { items, added } = this;
    let i = lastBefore(items, pos);
    let j = lastBefore(added, pos);
    let steps = 0;
    const floor = this.barriers.length > 0 ? this.floor(pos) : 0;
    while (i >= 0 || j >= 0) {
      const m = j < 0 || (i >= 0 && items[i].start >= added[j].start) ? items[i--] : added[j--];
      if (steps >= MAX_STEPS) return null;
      if (m.end > pos) continue;
      if (pos - m.end > MAX_DISTANCE || m.start < floor) return null;
      steps++;
      if (skip.length > 0 && inside(m, skip)) continue;
      if (accept(m)) return m;
    }
    return null;
  }

  /** Nearest mention starting within `distance` after `pos` that `accept` takes. */
  findForward(pos: number, distance: number, accept: (m: Mention) => boolean): Mention | null {
    const { items, added } = this;
    let i = lastBefore(items, pos) + 1;
    let j = lastBefore(added, pos) + 1;
    while (i < items.length || j < added.length) {
      const m = i >= items.length || (j < added.length && added[j].start <= items[i].start) ? added[j++] : items[i++];
      if (m.start - pos > distance) return null;
      if (m.start >= pos && accept(m)) return m;
    }
    return null;
  }

  /** The mentions the text was indexed with, in text order (not those added later). */
  indexed(): readonly Mention[] {
    return this.items;
  }

  /** Every mention starting in [from, to), in text order (both the indexed ones and those added later). */
  within(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    this.findForward(from, to - from - 1, (m) => {
      out.push(m);
      return false;
    });
    return out;
  }

  /** Adds a mention found later (a typed source), keeping the order; in text order this appends. */
  add(m: Mention): void {
    const i = lastBefore(this.added, m.start) + 1;
    if (i === this.added.length) this.added.push(m);
    else this.added.splice(i, 0, m);
  }

  /** Per word of a name, its mentions by name in text order; made on first use (types are read at each ask: typing may change them). */
  private namesByWord: Map<string, Mention[]> | null = null;

  /**
   * The body named before `pos` whose name has the word `head` ("the Harrowmere and Dunsby NHS Trust"
   * for "trust"), however far back: a story names a body once and then calls it by its head noun,
   * beyond the look-back's reach. Only when one body so named came before: with two ("JPMorgan …
   * the Bank of England … the bank") which one is meant is not known. One map per text.
   */
  bodyNamedWith(head: string, pos: number): Mention | null {
    if (this.namesByWord === null) {
      const byWord = new Map<string, Mention[]>();
      for (const m of this.items) {
        if (m.name !== true) continue;
        for (const w of m.entity.name.toLowerCase().split(' ')) {
          const list = byWord.get(w);
          if (list === undefined) byWord.set(w, [m]);
          else if (list[list.length - 1] !== m) list.push(m);
        }
      }
      this.namesByWord = byWord;
    }
    const list = this.namesByWord.get(head);
    if (list === undefined) return null;
    let found: Mention | null = null;
    for (let i = lastBefore(list, pos); i >= 0; i--) {
      const m = list[i];
      if (m.entity.type !== 'named-organization') continue;
      if (found !== null && found.entity !== m.entity) return null;
      found ??= m;
    }
    return found;
  }

  /** Mentions that cover `pos` (a name inside a source phrase), among the five starting nearest. */
  covering(pos: number): Mention | null {
    const { items, added } = this;
    let i = lastBefore(items, pos + 1);
    let j = lastBefore(added, pos + 1);
    for (let seen = 0; seen < 5 && (i >= 0 || j >= 0); seen++) {
      const m = j < 0 || (i >= 0 && items[i].start >= added[j].start) ? items[i--] : added[j--];
      if (m.start <= pos && m.end > pos) return m;
    }
    return null;
  }
}

/**
 * One timeline that lives as long as the module. V8 holds the hidden class of class instances
 * only weakly; with no instance alive, a garbage collection between two texts would free it and
 * throw away the optimised code of every method (measured: each text after a full collection ran
 * slower). Keeping one instance keeps the class, so the optimised code survives.
 */
export const KEEP_TIMELINE_SHAPE = new MentionTimeline([]);
