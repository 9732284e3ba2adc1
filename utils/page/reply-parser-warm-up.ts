/**
 * Warms the content script's parser of the engine host's answer while the host is still working:
 * a fresh page's first zod parse runs cold (code compiled on first use, caches empty), several
 * times slower than the next; parsing a small answer of our own during the wait moves that cost
 * off the path to the paint, onto time the main thread would spend idle.
 */
import type { Attribution } from '@/utils/attribution';
import { readReply } from '@/utils/message-transport';
import { packAttributions, unpackAttributions } from '@/utils/engine-host/packed-attributions';

const SAMPLE_TEXT = '“We will go,” said Ana Berg, a pilot, adding: “It is late.” Two officials said the route was closed.';

/** A small, valid answer with the shapes a real one has (named and anonymous, cue and source, or not). */
function sampleReply() {
  const named: Attribution = {
    id: 'a1', content: [{ start: 1, end: 11 }, { start: 47, end: 58 }], cue: { start: 14, end: 18 }, source: { start: 19, end: 27 },
    sourceType: 'named-person', anonymous: false, resolvedSource: { name: 'Ana Berg', description: 'Ana Berg, a pilot', sourceType: 'named-person' }, claim: '',
  };
  const unnamed: Attribution = {
    id: 'a2', content: [{ start: 79, end: 99 }], cue: null, source: null, sourceType: 'anonymous-source', anonymous: true,
    resolvedSource: { name: 'two officials', description: 'Two officials', sourceType: 'anonymous-source' }, claim: '',
  };
  return { ok: true, data: { packed: packAttributions([named, unnamed, { ...named, id: 'a3' }]), engineMs: 1 } };
}

let warmed = false;

/** Rounds of parsing the sample: enough to compile and prime the parser, a few milliseconds in all. */
const ROUNDS = 3;

/** One round: the sample answer read as a real one is (validated, unpacked against its text). */
export function readSampleReply(): Attribution[] {
  return unpackAttributions(readReply('content:annotate-text', structuredClone(sampleReply())).packed, SAMPLE_TEXT);
}

/** Parses the sample answer a few times (once per content script is enough: later calls do nothing). */
export function warmReplyParser(): void {
  if (warmed) return;
  warmed = true;
  for (let i = 0; i < ROUNDS; i++) readSampleReply();
}
