/**
 * Painting for browsers without the CSS Custom Highlight API: wraps text in our own
 * `<mark data-sourcelight="kind">`. Mutates the page, so it is only the fallback, and it keeps
 * track of everything it wrapped so removal restores the original text nodes' content.
 */
import type { NodePiece } from '@/utils/article';
import { MARK_ATTRIBUTE, type HighlightKind } from './highlight-kinds';

/** One span's pieces, already resolved against the text map before any node is split. */
export interface MarkRequest {
  kind: HighlightKind;
  pieces: NodePiece[];
}

/**
 * Wraps every piece; pieces are handled from the end of each node backwards, so splitting a node
 * never moves an offset still to be wrapped. Returns one Range per request covering its marks.
 */
export function wrapInMarks(doc: Document, requests: MarkRequest[]): Array<Range | null> {
  const jobs = requests.flatMap((request, index) => request.pieces.map((piece) => ({ ...piece, index, kind: request.kind })));
  const byNode = new Map<Text, typeof jobs>();
  for (const job of jobs) {
    const list = byNode.get(job.node) ?? [];
    list.push(job);
    byNode.set(job.node, list);
  }
  const marksOf: HTMLElement[][] = requests.map(() => []);
  for (const [node, list] of byNode) {
    list.sort((a, b) => b.start - a.start);
    let limit = Number.POSITIVE_INFINITY;
    for (const job of list) {
      if (job.end > limit || job.end <= job.start || !node.parentNode) continue; // overlaps a later piece: skip
      const middle = job.start > 0 ? node.splitText(job.start) : node;
      if (job.end - job.start < middle.data.length) middle.splitText(job.end - job.start);
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, job.kind);
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      marksOf[job.index].push(mark);
      limit = job.start;
    }
  }
  return marksOf.map((marks) => {
    if (marks.length === 0) return null;
    marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    const range = doc.createRange();
    range.setStartBefore(marks[0]);
    range.setEndAfter(marks[marks.length - 1]);
    return range;
  });
}

/** Removes our marks under `root`, merging the text back so the page's text nodes read as before. */
export function unwrapMarks(root: ParentNode): number {
  const marks = Array.from(root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`));
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
  return marks.length;
}
