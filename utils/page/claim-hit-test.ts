/**
 * Finds the painted claim under the pointer or the caret. Highlights are not elements, so no
 * event ever targets them: we ask the document which text position is at a point and look up
 * the ranges painted over that text node.
 */
import type { PaintedSpan } from '@/utils/highlight/highlight-painter';

/** Lookups from a DOM position or a screen point to the claim painted there. */
export interface ClaimHitIndex {
  atPosition(node: Node, offset: number): PaintedSpan | null;
  atPoint(x: number, y: number): PaintedSpan | null;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position at a viewport point, with either browser API. */
function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Claims (content) win over the source mention when both cover a point. */
const rank = (span: PaintedSpan) => (span.kind === 'source' ? 1 : 0);

/** The text nodes a range touches (works for painted ranges and for ranges around our <mark>s). */
function textNodesIn(doc: Document, range: Range): Node[] {
  const start = range.startContainer;
  if (start === range.endContainer && start.nodeType === 3) return [start];
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node);
    else if (nodes.length > 0) break;
  }
  return nodes;
}

/** Indexes painted spans by the text nodes they cover. */
export function createClaimHitIndex(doc: Document, painted: readonly PaintedSpan[]): ClaimHitIndex {
  const byNode = new Map<Node, PaintedSpan[]>();
  for (const span of painted) {
    for (const node of textNodesIn(doc, span.range)) {
      const list = byNode.get(node) ?? [];
      list.push(span);
      byNode.set(node, list);
    }
  }
  for (const list of byNode.values()) list.sort((a, b) => rank(a) - rank(b));
  const atPosition = (node: Node, offset: number): PaintedSpan | null => {
    const candidates = byNode.get(node);
    if (!candidates) return null;
    for (const span of candidates) {
      try {
        if (span.range.isPointInRange(node, offset)) return span;
      } catch {
        // The node left the document since painting: no claim here.
      }
    }
    return null;
  };
  return {
    atPosition,
    atPoint(x, y) {
      const caret = caretAt(doc as CaretDocument, x, y);
      if (!caret) return null;
      const span = atPosition(caret.node, caret.offset);
      return span && rectsContain(span.range, x, y) ? span : null;
    },
  };
}
