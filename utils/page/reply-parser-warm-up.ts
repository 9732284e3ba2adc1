/**
 * Warms the content script's parser of the engine host's answer while the host is still working
 * (the early paint's and the session's: the same envelope and schema, without the message protocol):
 * a fresh page's first parse runs cold (schema built and code compiled on first use), several
 * times slower than the next; parsing a small answer of our own during the wait moves that cost
 * off the path to the paint, onto time the main thread would spend idle.
 */
import type { Attribution } from '@/utils/attribution';
import { unwrapReply } from '@/utils/reply-envelope';
import { annotateTextResponseSchema } from '@/utils/engine-host/packed-schema';
import { packAttributions, unpackAttributions } from '@/utils/engine-host/packed-attributions';

const SAMPLE_TEXT = '“We will go,” said Ana Berg, a pilot, adding: “It is late.” Two officials said the route was closed.';

/** A small, valid answer with the shapes a real one has (named and anonymous, cue and source, or not). */
function sampleAttributions(): Attribution[] {
  const named: Attribution = {
    id: 'a1', content: [{ start: 1, end: 11 }, { start: 47, end: 58 }], cue: { start: 14, end: 18 }, source: { start: 19, end: 27 },
    sourceType: 'named-person', anonymous: false, resolvedSource: { name: 'Ana Berg', description: 'Ana Berg, a pilot', sourceType: 'named-person' }, claim: '',
  };
  const unnamed: Attribution = {
    id: 'a2', content: [{ start: 79, end: 99 }], cue: null, source: null, sourceType: 'anonymous-source', anonymous: true,
    resolvedSource: { name: 'two officials', description: 'Two officials', sourceType: 'anonymous-source' }, claim: '',
  };
  return [named, unnamed, { ...named, id: 'a3' }];
}

const shifted = (a: Attribution, by: number, copy: number): Attribution => {
  const shift = (s: { start: number; end: number }) => ({ start: s.start + by, end: s.end + by });
  return { ...a, id: copy === 0 ? a.id : `${a.id}.${copy}`, content: a.content.map(shift), cue: a.cue && shift(a.cue), source: a.source && shift(a.source) };
};

/** The sample text `copies` times over, and its answer: the sample's claims in every copy. */
function sample(copies: number) {
  const text = Array.from({ length: copies }, () => SAMPLE_TEXT).join(' ');
  const found: Attribution[] = [];
  for (let copy = 0; copy < copies; copy++) for (const a of sampleAttributions()) found.push(shifted(a, copy * (SAMPLE_TEXT.length + 1), copy));
  return { text, reply: { ok: true, data: { packed: packAttributions(found), engineMs: 1 } } };
}

let warmed = false;

/** One round: the sample answer (`copies` times over) read as a real one is (validated, unpacked against its text). */
export function readSampleReply(copies = 1): Attribution[] {
  const { text, reply } = sample(copies);
  return unpackAttributions(unwrapReply('content:annotate-text', structuredClone(reply), annotateTextResponseSchema()).packed, text);
}

/**
 * Reads one small sample answer, once per content script: builds the answer's schema and compiles
 * the parser's and unpacker's code while the host works. The answer's arrays are checked in one
 * pass each (utils/messages.ts), so an article-sized sample no longer pays off: the three rounds
 * of up to forty-five claims this used to parse cost more main-thread time (and a minor GC right
 * before the answer) than they saved. Returns false: no further round wanted.
 */
export function warmReplyParser(): boolean {
  if (warmed) return false;
  warmed = true;
  readSampleReply();
  return false;
}
