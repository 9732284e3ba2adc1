/**
 * Puts a page report sent in parts back together, so the page is stored once, in one transaction,
 * when its last part arrives: a long page's claims travel in messages quick to validate and clone
 * (the content script yields between them), yet the page is never half-stored. A newer report from
 * the same tab frame replaces one still incomplete; a part sent twice replaces its first copy.
 */
import type { AttributionMessage, RequestOf } from '../messages';

/** One validated part of `content:page-attributions`. */
export type ReportPart = RequestOf<'content:page-attributions'>;

/** A whole report: the last part's page identity and text, every part's claims in order. */
export type AssembledReport = Omit<ReportPart, 'part' | 'text' | 'attributions'> & { text: string; attributions: AttributionMessage[] };

/** Most reports being assembled at once (one per tab frame reporting); the oldest is dropped beyond it. */
const MAX_PENDING = 32;

interface Pending {
  report: string;
  count: number;
  parts: Map<number, readonly AttributionMessage[]>;
}

/** Collects parts by sender (tab and frame); `add` answers the whole report once complete, else null. */
export function createReportAssembler(maxPending = MAX_PENDING) {
  const pending = new Map<string, Pending>();
  return {
    add(senderKey: string, part: ReportPart): AssembledReport | null {
      const { report, index, count } = part.part;
      if (index >= count) throw new Error(`Page report part ${index + 1} of ${count} does not exist.`);
      const known = pending.get(senderKey);
      const entry: Pending = known && known.report === report && known.count === count ? known : { report, count, parts: new Map() };
      if (entry !== known) {
        pending.delete(senderKey);
        pending.set(senderKey, entry);
        if (pending.size > maxPending) pending.delete(pending.keys().next().value as string);
      }
      entry.parts.set(index, part.attributions);
      if (index !== count - 1) return null;
      pending.delete(senderKey);
      if (part.text === null) throw new Error('The last part of a page report carries no page text.');
      const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !entry.parts.has(i));
      if (missing.length) throw new Error(`Page report incomplete: part(s) ${missing.map((i) => i + 1).join(', ')} of ${count} never arrived.`);
      const { part: _part, text, attributions: _last, ...meta } = part;
      const attributions = Array.from({ length: count }, (_, i) => entry.parts.get(i)!).flat();
      return { ...meta, text, attributions };
    },
    /** Reports still waiting for parts (for tests and diagnostics). */
    pendingCount: () => pending.size,
  };
}

/** What the assembler keeps per background. */
export type ReportAssembler = ReturnType<typeof createReportAssembler>;
