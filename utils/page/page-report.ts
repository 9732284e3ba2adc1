/**
 * Turns what the page annotator found into the `content:page-attributions` message, so the
 * background can count, store and compare claims; every claim carries an anchor into `text`.
 */
import { createAnchor } from '@/utils/anchoring';
import { MAX_QUOTE_LENGTH } from '@/utils/anchoring/selectors';
import type { Attribution } from '@/utils/attribution';
import type { RequestOf } from '@/utils/messages';

/** The request payload of `content:page-attributions`. */
export type PageAttributionsRequest = RequestOf<'content:page-attributions'>;

/** Where the page's identity comes from: the document, passed in. */
export function pageMeta(doc: Document) {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null;
  const site =
    doc.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content?.trim() || doc.location?.hostname || '';
  return { url: doc.location.href, canonicalHref: canonical || null, title: doc.title.slice(0, 2_000), site: site.slice(0, 500) };
}

/** The anchor of an attribution: from its first content span to its last, capped in length. */
function anchorOf(text: string, a: Attribution) {
  const start = a.content[0].start;
  const end = Math.min(a.content[a.content.length - 1].end, start + MAX_QUOTE_LENGTH);
  return createAnchor(text, start, end);
}

/** Builds the message payload (at most 5,000 claims, as the protocol allows). */
export function buildPageReport(doc: Document, text: string, attributions: readonly Attribution[]): PageAttributionsRequest {
  return {
    ...pageMeta(doc),
    text,
    attributions: attributions.slice(0, 5_000).map((a) => ({
      id: a.id,
      claim: a.claim.slice(0, 10_000),
      sourceName: a.resolvedSource.name.slice(0, 500),
      sourceDescription: a.resolvedSource.description.slice(0, 2_000),
      sourceType: a.sourceType,
      anonymous: a.anonymous,
      anchor: anchorOf(text, a),
    })),
  };
}
