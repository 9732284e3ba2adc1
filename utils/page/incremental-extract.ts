/**
 * Reads a very long article's text a slice at a time, yielding between slices, so extraction on
 * a 100,000-word page does not become one long task. It runs the very walk extractArticleText
 * runs (as pausable steps), so the text and map are exactly the same for any root.
 */
import { extractArticleTextSteps, runInSlices, type ArticleText, type ExtractOptions } from '@/utils/article';
import type { WorkScheduler } from './chunked-annotation';

/** The article text of `root`, identical to extractArticleText(root), read in slices of `budgetMs`. */
export async function extractIncrementally(
  root: Element,
  opts: ExtractOptions,
  scheduler: WorkScheduler,
  budgetMs = 20,
  isCancelled: () => boolean = () => false,
): Promise<ArticleText | null> {
  return runInSlices(extractArticleTextSteps(root, opts), scheduler, budgetMs, isCancelled);
}
