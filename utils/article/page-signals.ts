/**
 * Decides whether a page is a news article before any work is done on it, so the extension stays
 * idle on home pages, search results and web apps. Several independent signals, any one suffices.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** schema.org types that mark a page as an article (NewsArticle and its subtypes, plain Article). */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle',
]);

/** Which signals fired: returned whole so the UI or a bug report can say why a page was (not) read. */
export interface ArticleSignals {
  readerable: boolean;
  openGraphArticle: boolean;
  jsonLdArticle: boolean;
  articleElement: boolean;
}

/** Minimum paragraph text inside an <article> for it to count as an article, not a teaser card. */
const ARTICLE_ELEMENT_MIN_TEXT = 400;

function hasOpenGraphArticle(doc: Document): boolean {
  const meta = doc.querySelectorAll('meta[property="og:type"], meta[name="og:type"]');
  return Array.from(meta).some((m) => (m.getAttribute('content') ?? '').trim().toLowerCase() === 'article');
}

/** Walks parsed JSON-LD (objects, arrays, @graph) looking for an article @type; bounded in depth. */
function containsArticleType(value: unknown, depth = 0): boolean {
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => containsArticleType(item, depth + 1));
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^.*[/:]/, '')))) return true;
  return containsArticleType(record['@graph'], depth + 1);
}

function hasJsonLdArticle(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      if (containsArticleType(JSON.parse(script.textContent ?? ''))) return true;
    } catch {
      // Malformed JSON-LD is common on the web; it simply gives no signal.
    }
  }
  return false;
}

function hasArticleElement(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('article')).some((article) => {
    let total = 0;
    // Stops as soon as there is enough: on a 100,000-word page the full sum is a long task.
    for (const p of Array.from(article.querySelectorAll('p'))) {
      total += (p.textContent ?? '').trim().length;
      if (total >= ARTICLE_ELEMENT_MIN_TEXT) return true;
    }
    return false;
  });
}

/** Every signal, for diagnostics. */
export function articlePageSignals(doc: Document): ArticleSignals {
  return {
    readerable: isProbablyReaderable(doc),
    openGraphArticle: hasOpenGraphArticle(doc),
    jsonLdArticle: hasJsonLdArticle(doc),
    articleElement: hasArticleElement(doc),
  };
}

/**
 * True when the page's own metadata says article (og:type, JSON-LD): a check of a few head
 * elements, cheap enough to run before anything else so the model's fetch can start at once.
 */
export function hasArticleMetadata(doc: Document): boolean {
  return hasOpenGraphArticle(doc) || hasJsonLdArticle(doc);
}

/** True when any signal says the page is an article: the content script's gate. */
export function isArticlePage(doc: Document): boolean {
  // Cheapest first, stopping at the first that fires: Readability's scan of every paragraph runs last.
  return hasOpenGraphArticle(doc) || hasJsonLdArticle(doc) || hasArticleElement(doc) || isProbablyReaderable(doc);
}
