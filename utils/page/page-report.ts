/**
 * Turns what the page annotator found into `content:page-attributions` messages, so the
 * background can count, store and compare claims; every claim carries an anchor into the page text.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchor } from '@/utils/anchoring';
import { MAX_QUOTE_LENGTH } from '@/utils/anchoring/selectors';
import type { Attribution } from '@/utils/attribution';
import { MAX_CLAIMS_PER_PART, MAX_REPORT_PARTS, type RequestOf, type ResponseOf } from '@/utils/messages';

/** One part of the `content:page-attributions` report. */
export type PageAttributionsRequest = RequestOf<'content:page-attributions'>;

/** Where the page's identity comes from: the document, passed in. */
export function pageMeta(doc: Document) {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null;
  const site =
    doc.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content?.trim() || doc.location?.hostname || '';
  return { url: doc.location.href, canonicalHref: canonical || null, title: doc.title.slice(0, 2_000), site: site.slice(0, 500) };
}

/** The anchor of an attribution: from its first content span to its last, capped in length. */
export function claimAnchor(text: string, a: Attribution) {
  const start = a.content[0].start;
  const end = Math.min(a.content[a.content.length - 1].end, start + MAX_QUOTE_LENGTH);
  return createAnchor(text, start, end);
}

/** How the parts leave: the real sender and the page's scheduler, passed in so tests give their own. */
export interface ReportChannel {
  /** Distinguishes this report from an earlier one of the same tab still being assembled. */
  reportId: string;
  send(part: PageAttributionsRequest): Promise<ResponseOf<'content:page-attributions'>>;
  /** Between parts: input and rendering run before the next part is built, validated and cloned. */
  yieldToPage(): Promise<void>;
}

/**
 * Reports the page in parts of at most MAX_CLAIMS_PER_PART claims (at most 5,000 claims, as the
 * protocol allows), each built and sent in a task of its own; the page text goes with the last.
 * Answers the background's reply to the last part: the page as stored.
 */
export async function sendPageReport(doc: Document, text: string, attributions: readonly Attribution[], channel: ReportChannel) {
  const meta = pageMeta(doc);
  const claims = attributions.slice(0, MAX_CLAIMS_PER_PART * MAX_REPORT_PARTS);
  const count = Math.max(1, Math.ceil(claims.length / MAX_CLAIMS_PER_PART));
  let stored: ResponseOf<'content:page-attributions'> = null;
  for (let index = 0; index < count; index++) {
    if (index > 0) await channel.yieldToPage();
    const slice = claims.slice(index * MAX_CLAIMS_PER_PART, (index + 1) * MAX_CLAIMS_PER_PART);
    stored = await channel.send({
      ...meta,
      part: { report: channel.reportId, index, count },
      text: index === count - 1 ? text : null,
      attributions: slice.map((a) => ({
        id: a.id,
        claim: a.claim.slice(0, 10_000),
        sourceName: a.resolvedSource.name.slice(0, 500),
        sourceDescription: a.resolvedSource.description.slice(0, 2_000),
        sourceType: a.sourceType,
        anonymous: a.anonymous,
        anchor: claimAnchor(text, a),
      })),
    });
  }
  return stored;
}

/** Runs `task` in a task of its own once the next frame is rendered (what was just painted is on screen), or after 250 ms in a tab that renders no frames. */
export function afterNextFrame(win: Window, ctx: Pick<ContentScriptContext, 'setTimeout'>, task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  win.requestAnimationFrame(() => ctx.setTimeout(once, 0));
  ctx.setTimeout(once, 250);
}
