/** This page's figures: who is named, who is not, how many sources. */
import type { ResponseOf } from '@/utils/messages';

/** The summary as the background sends it. */
export type PageSummary = ResponseOf<'popup:get-page-summary'>;

/** Counts for the current page, or why there are none. */
export function PageSummaryView({ summary }: { summary: PageSummary | null }) {
  if (!summary) return <p class="muted">Loading…</p>;
  if (!summary.page) return <p class="muted">Sourcelight has not read this page (it reads news articles on http and https pages).</p>;
  return (
    <section aria-label="Claims on this page">
      <h2 title={summary.page.url}>{summary.page.title}</h2>
      <dl class="counts">
        <div>
          <dt>Named claims</dt>
          <dd data-count="named">{summary.namedClaims}</dd>
        </div>
        <div>
          <dt>Anonymous claims</dt>
          <dd data-count="anonymous">{summary.anonymousClaims}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd data-count="sources">{summary.sources}</dd>
        </div>
      </dl>
    </section>
  );
}
