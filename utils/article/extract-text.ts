/**
 * Turns an article element into the plain text the engine reads, as a reader sees it: hidden parts
 * and furniture left out, inline text joined, white space collapsed, block boundaries as blank
 * lines, <q> with the quote marks browsers draw. Every copied character is mapped back to its
 * text node so results can be highlighted.
 * One pass over the tree, no recursion: linear time and safe on very deep or very large pages.
 */
import { isExcluded, type ExclusionCheck, type VisibilityCheck } from './boilerplate';
import { tagOf } from './markup';
import { runToEnd, type Steps } from './stepwise';
import { ArticleTextMap, type TextSegment } from './text-map';

/** Nodes visited between two pause points: small enough that a slice can end close to its budget. */
const NODES_PER_STEP = 16;

/** Elements that start and end a block: their edges become "\n\n" in the text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'center', 'legend', 'fieldset', 'html',
]);

/**
 * White space CSS collapses in normal flow (not the no-break space), in the runs that collapsing
 * changes or that may vanish: a single space between two words stays as it is, so it is copied with
 * the words around it (one copy per run of words, not one per word, in the content script's first task).
 */
const COLLAPSIBLE = /[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $/g;

/** Options for extractArticleText. */
export interface ExtractOptions {
  /** Extra visibility test, e.g. computed style in the browser; markup-hidden elements are always left out. */
  isVisible?: VisibilityCheck;
  /** The exclusion test to ask (isVisible bound), when the caller shares one with the root's search (memoisedExclusion). */
  isExcluded?: ExclusionCheck;
}

/** The article's text and the way back from text offsets to the DOM. */
export interface ArticleText {
  text: string;
  map: ArticleTextMap;
}

/** Builds the text and its segments; pending space/breaks are written only before the next visible character. */
class TextBuilder {
  readonly parts: string[] = [];
  readonly segments: TextSegment[] = [];
  length = 0;
  private pendingBreak = 0;
  private pendingSpace: { node: Text; offset: number } | null = null;

  blockEdge(): void {
    this.pendingBreak = 2;
    this.pendingSpace = null;
  }

  lineBreak(): void {
    this.pendingBreak = Math.min(2, this.pendingBreak + 1);
    this.pendingSpace = null;
  }

  space(node: Text, offset: number): void {
    if (this.pendingBreak === 0 && this.pendingSpace === null) this.pendingSpace = { node, offset };
  }

  /** Appends characters copied verbatim from `node.data` starting at `nodeOffset`. */
  copy(chunk: string, node: Text, nodeOffset: number): void {
    if (chunk.length === 0) return;
    this.flushPending();
    this.mapped(chunk, node, nodeOffset);
  }

  /** Appends characters the page shows but holds in no text node (the quote marks CSS draws around <q>). */
  generated(chunk: string): void {
    this.flushPending();
    this.synthetic(chunk);
  }

  private flushPending(): void {
    if (this.pendingBreak > 0) {
      if (this.length > 0) this.synthetic(this.pendingBreak === 2 ? '\n\n' : '\n');
    } else if (this.pendingSpace && this.length > 0) {
      this.mapped(' ', this.pendingSpace.node, this.pendingSpace.offset);
    }
    this.pendingBreak = 0;
    this.pendingSpace = null;
  }

  private synthetic(chunk: string): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  private mapped(chunk: string, node: Text, nodeOffset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === this.length && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += chunk.length;
    } else {
      this.segments.push({ start: this.length, end: this.length + chunk.length, node, nodeOffset });
    }
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}

/** Copies one text node, collapsing white space unless inside <pre>. */
function addText(out: TextBuilder, node: Text, preformatted: boolean): void {
  const data = node.data;
  if (preformatted) {
    out.copy(data, node, 0);
    return;
  }
  let pos = 0;
  COLLAPSIBLE.lastIndex = 0;
  for (let m = COLLAPSIBLE.exec(data); m !== null; m = COLLAPSIBLE.exec(data)) {
    out.copy(data.slice(pos, m.index), node, pos);
    out.space(node, m.index);
    pos = m.index + m[0].length;
  }
  out.copy(data.slice(pos), node, pos);
}

/** The visible text of `root` (see the module comment) with its map back to the DOM. */
export function extractArticleText(root: Element, opts: ExtractOptions = {}): ArticleText {
  return runToEnd(extractArticleTextSteps(root, opts));
}

/**
 * The same extraction as pausable steps (see stepwise.ts), so a very long article can be read
 * a slice at a time with exactly the result of a single pass.
 */
export function* extractArticleTextSteps(root: Element, opts: ExtractOptions = {}): Steps<ArticleText> {
  const out = new TextBuilder();
  let preDepth = 0;
  let quoteDepth = 0;
  const enter = (el: Element): void => {
    const tag = tagOf(el);
    if (tag === 'br') out.lineBreak();
    else if (BLOCK_TAGS.has(tag)) out.blockEdge();
    else if (tag === 'q') out.generated(quoteDepth++ % 2 === 0 ? '“' : '‘');
    if (tag === 'pre') preDepth++;
  };
  const leave = (el: Element): void => {
    const tag = tagOf(el);
    if (BLOCK_TAGS.has(tag)) out.blockEdge();
    else if (tag === 'q') out.generated(--quoteDepth % 2 === 0 ? '”' : '’');
    if (tag === 'pre') preDepth--;
  };
  const skip = opts.isExcluded ?? ((el: Element): boolean => isExcluded(el, opts.isVisible));

  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node !== null) {
    if (++visited === NODES_PER_STEP) {
      visited = 0;
      yield;
    }
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!skip(el)) {
        enter(el);
        if (el.firstChild) descend = true;
        else leave(el);
      }
    } else if (node.nodeType === 3) {
      addText(out, node as Text, preDepth > 0);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave(node as Element);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  yield; // joining and mapping the whole text is a step of its own (several ms on a 100,000-word page)
  return { text: out.parts.join(''), map: new ArticleTextMap(out.segments) };
}
