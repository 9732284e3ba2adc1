/**
 * Warms the content script's parser of the engine host's answer while the host is still working:
 * a fresh page's first zod parse runs cold (code compiled on first use, caches empty), several
 * times slower than the next; parsing a small answer of our own during the wait moves that cost
 * off the path to the paint, onto time the main thread would spend idle.
 */
import type { Attribution } from '@/utils/attribution';
import { readReply } from '@/utils/message-transport';

const span = (start: number, end: number) => ({ start, end });

/** A small, valid answer with the shapes a real one has (named and anonymous, cue and source, or not). */
function sampleReply(): { ok: true; data: { attributions: Attribution[]; engineMs: number } } {
  const named: Attribution = {
    id: 'a1', content: [span(0, 10), span(30, 40)], cue: span(12, 16), source: span(17, 28), sourceType: 'named-person', anonymous: false,
    resolvedSource: { name: 'Ana Berg', description: 'Ana Berg, a pilot', sourceType: 'named-person' }, claim: 'We will go … it is late',
  };
  const unnamed: Attribution = {
    id: 'a2', content: [span(50, 70)], cue: null, source: null, sourceType: 'anonymous-source', anonymous: true,
    resolvedSource: { name: 'two officials', description: 'two officials who asked not to be named', sourceType: 'anonymous-source' }, claim: 'the route was closed',
  };
  return { ok: true, data: { attributions: [named, unnamed, { ...named, id: 'a3' }], engineMs: 1 } };
}

/** Rounds of parsing the sample: enough to compile and prime the parser, a few milliseconds in all. */
const ROUNDS = 3;

/** Parses the sample answer a few times (once per content script is enough: later calls do nothing). */
export function warmReplyParser(): void {
  if (warmed) return;
  warmed = true;
  for (let i = 0; i < ROUNDS; i++) readReply('content:annotate-text', structuredClone(sampleReply()));
}
let warmed = false;
