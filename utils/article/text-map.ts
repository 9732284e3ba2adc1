/**
 * Links offsets in the extracted article text to positions in the page's text nodes, so a span the
 * engine found ([start, end) of text) becomes a DOM Range or per-node pieces to highlight.
 */

/** A run of article text copied one-to-one from one text node (collapsed white space maps to its first character). */
export interface TextSegment {
  /** Offset in the article text (UTF-16), inclusive. */
  start: number;
  /** Offset in the article text, exclusive. */
  end: number;
  node: Text;
  /** Offset in `node.data` of the character at `start`. */
  nodeOffset: number;
}

/** A boundary point a DOM Range accepts. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Part of one text node covered by a text span: what a highlighter wraps or paints. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

/** The node after `node` and all its descendants, in document order. */
function nextOutside(node: Node): Node | null {
  for (let at: Node | null = node; at !== null; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/** Next node in document order (pre-order). */
function nextInOrder(node: Node): Node | null {
  return node.firstChild ?? nextOutside(node);
}

/** The last node inside `node` in document order (itself when it has no children). */
function deepestLast(node: Node): Node {
  let at = node;
  while (at.lastChild) at = at.lastChild;
  return at;
}

/** Previous node in document order. */
function previousInOrder(node: Node): Node | null {
  return node.previousSibling ? deepestLast(node.previousSibling) : node.parentNode;
}

/** Which side an offset that falls between segments (a synthetic line break) snaps to. */
export type Affinity = 'forward' | 'backward';

/** Sorted, non-overlapping segments with binary search: O(log n) per lookup on any page size. */
export class ArticleTextMap {
  private readonly firstSegmentOfNode = new Map<Text, number>();
  private readonly lastSegmentOfNode = new Map<Text, number>();

  constructor(readonly segments: readonly TextSegment[]) {
    segments.forEach((segment, i) => {
      if (!this.firstSegmentOfNode.has(segment.node)) this.firstSegmentOfNode.set(segment.node, i);
      this.lastSegmentOfNode.set(segment.node, i);
    });
  }

  /** Length of the article text the map covers (where its last segment ends). */
  get textLength(): number {
    return this.segments.length > 0 ? this.segments[this.segments.length - 1].end : 0;
  }

  /** Index of the last segment starting at or before `offset`, or -1. */
  private segmentAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * DOM point for a text offset. 'forward' (for a range start) snaps a gap to the next segment's
   * start; 'backward' (for a range end) to the previous segment's end. Null past either end.
   */
  toDomPoint(offset: number, affinity: Affinity = 'forward'): DomPoint | null {
    const i = this.segmentAtOrBefore(affinity === 'backward' ? offset - 1 : offset);
    if (affinity === 'backward') {
      if (i < 0) return null;
      const s = this.segments[i];
      const at = Math.min(offset, s.end);
      return { node: s.node, offset: s.nodeOffset + (at - s.start) };
    }
    const s = i >= 0 ? this.segments[i] : undefined;
    if (s && offset < s.end) return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
    const next = this.segments[i + 1];
    return next ? { node: next.node, offset: next.nodeOffset } : null;
  }

  /**
   * Text offset of any DOM boundary point (a selection's start or end): exact inside a mapped text
   * node; otherwise the nearest article text after the point ('forward', for a start) or before it
   * ('backward', for an end), clamped to the article. Null only when nothing is mapped.
   */
  toTextOffset(node: Node, offset: number, affinity: Affinity = 'forward'): number | null {
    const first = this.firstSegmentOfNode.get(node as Text);
    if (first !== undefined) return this.offsetInMappedNode(first, node, offset);
    if (this.segments.length === 0) return null;
    const children = node.nodeType === 1 ? node.childNodes.length : 0;
    // The point lies either just before `reference` or just after the whole of `node`.
    const before = node.nodeType === 1 && offset < children ? node.childNodes[offset] : null;
    const afterAll = before === null && (node.nodeType === 1 || offset > 0);
    if (affinity === 'forward') {
      let at: Node | null = before ?? (afterAll ? nextOutside(node) : node);
      while (at !== null && !this.firstSegmentOfNode.has(at as Text)) at = nextInOrder(at);
      return at === null ? this.textLength : this.segments[this.firstSegmentOfNode.get(at as Text)!].start;
    }
    let at: Node | null = before !== null ? previousInOrder(before) : afterAll ? deepestLast(node) : previousInOrder(node);
    while (at !== null && !this.lastSegmentOfNode.has(at as Text)) at = previousInOrder(at);
    return at === null ? 0 : this.segments[this.lastSegmentOfNode.get(at as Text)!].end;
  }

  private offsetInMappedNode(first: number, node: Node, offset: number): number {
    let best: number | null = null;
    for (let i = first; i < this.segments.length && this.segments[i].node === node; i++) {
      const s = this.segments[i];
      const length = s.end - s.start;
      if (offset >= s.nodeOffset && offset <= s.nodeOffset + length) return s.start + (offset - s.nodeOffset);
      if (offset > s.nodeOffset + length) best = s.end;
      else if (best === null) best = s.start;
    }
    return best ?? this.segments[first].start;
  }

  /** The text-node pieces covering [start, end): one per segment touched, merged per node. */
  pieces(start: number, end: number): NodePiece[] {
    const out: NodePiece[] = [];
    if (end <= start) return out;
    for (let i = Math.max(0, this.segmentAtOrBefore(start)); i < this.segments.length; i++) {
      const s = this.segments[i];
      if (s.start >= end) break;
      const from = Math.max(start, s.start);
      const to = Math.min(end, s.end);
      if (to <= from) continue;
      const piece = { node: s.node, start: s.nodeOffset + (from - s.start), end: s.nodeOffset + (to - s.start) };
      const last = out[out.length - 1];
      if (last && last.node === piece.node && last.end === piece.start) last.end = piece.end;
      else out.push(piece);
    }
    return out;
  }

  /** A live DOM Range over [start, end) of the text, created in the given document; null if unmapped. */
  toRange(doc: Document, start: number, end: number): Range | null {
    if (end <= start) return null;
    const from = this.toDomPoint(start, 'forward');
    const to = this.toDomPoint(end, 'backward');
    if (!from || !to) return null;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }
}
