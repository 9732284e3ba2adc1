/**
 * Article extraction shared by the content script (browser DOM) and the CLI (linkedom): one code
 * path, so the text the CLI annotates is exactly the text the extension annotates.
 */
export { isArticlePage, articlePageSignals, hasArticleMetadata, type ArticleSignals } from './page-signals';
export { findArticleRoot, findArticleRootSteps, type RootOptions } from './article-root';
export { extractArticleText, extractArticleTextSteps, type ArticleText, type ExtractOptions } from './extract-text';
export { runInSlices, runToEnd, type Slicer, type Steps } from './stepwise';
export { ArticleTextMap, type TextSegment, type DomPoint, type NodePiece, type Affinity } from './text-map';
export { answersForOneRead, isExcluded, isFurniture, memoisedExclusion, memoisedVisibility, type ExclusionCheck, type VisibilityCheck } from './boilerplate';
export { isHiddenByMarkup } from './markup';

import { findArticleRoot, type RootOptions } from './article-root';
import { extractArticleText, type ArticleText } from './extract-text';

/** The one call the CLI and the content script make: root found, then its text and map. */
export function readArticle(doc: Document, opts: RootOptions = {}): ArticleText & { root: Element } {
  const root = findArticleRoot(doc, opts);
  return { root, ...extractArticleText(root, opts) };
}
