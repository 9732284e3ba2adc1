import { describe, expect, it } from 'vitest';
import { decodeModel, emptyModel, encodeModel, type LinearTagger } from '../../utils/attribution/model';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

/** A copy of a model file with one header byte changed (offsets: magic 4, format 1, version 4, present 1). */
const withByte = (bytes: Uint8Array, at: number, value: number) => Uint8Array.from(bytes, (b, i) => (i === at ? value : b));

function smallTagger(): LinearTagger {
  const weights = new Int16Array(16 * 3);
  weights[0] = 7; weights[5] = -32767; weights[47] = 32767; weights[20] = -1;
  return { bits: 4, tags: 3, scale: 0.25, weights, transitions: Float32Array.from({ length: 12 }, (_, i) => i - 5.5) };
}

describe('model file', () => {
  it('round-trips taggers: transitions exactly, weights to within 8-bit precision', () => {
    const model = { version: 3, cue: smallTagger(), role: null };
    const decoded = decodeModel(encodeModel(model));
    expect(decoded.version).toBe(3);
    expect(decoded.role).toBeNull();
    expect([...decoded.cue!.transitions]).toEqual([...model.cue.transitions]);
    const step = (32767 * 0.25) / 127;
    model.cue.weights.forEach((w, i) => {
      expect(Math.abs(decoded.cue!.weights[i] * decoded.cue!.scale - w * 0.25)).toBeLessThanOrEqual(step / 2 + 1e-6);
    });
  });

  it('keeps small weights exact', () => {
    const tagger = { ...smallTagger(), weights: Int16Array.from({ length: 48 }, (_, i) => (i % 7) - 3) };
    const decoded = decodeModel(encodeModel({ version: 1, cue: tagger, role: null }));
    expect([...decoded.cue!.weights]).toEqual([...tagger.weights]);
    expect(decoded.cue!.scale).toBe(0.25);
  });

  it('round-trips the empty model (rules only)', () => {
    expect(decodeModel(encodeModel(emptyModel()))).toEqual(emptyModel());
  });

  it.each([
    ['another file', new TextEncoder().encode('{"weights": []}'), 'not a Sourcelight model file'],
    ['a truncated file', encodeModel({ version: 1, cue: smallTagger(), role: null }).slice(0, 30), 'truncated'],
    ['trailing bytes', Uint8Array.from([...encodeModel(emptyModel()), 0]), 'trailing bytes'],
    ['a tagger header out of range', withByte(encodeModel({ version: 1, cue: smallTagger(), role: null }), 10, 30), 'bits 30 out of range'],
    ['a tagger with one tag', withByte(encodeModel({ version: 1, cue: smallTagger(), role: null }), 11, 1), 'tag count 1 out of range'],
  ])('rejects %s with a clear error', (_label, bytes, message) => {
    expect(() => decodeModel(bytes)).toThrow(message);
  });

  it('views the weight table in the file bytes instead of copying it', () => {
    const bytes = encodeModel({ version: 1, cue: smallTagger(), role: null });
    const decoded = decodeModel(bytes);
    expect(decoded.cue!.weights.buffer).toBe(bytes.buffer);
    bytes[bytes.length - 1] = 5;
    expect(decoded.cue!.weights[decoded.cue!.weights.length - 1]).toBe(5);
  });

  it('rejects a file of another format version with a clear error', () => {
    const bytes = encodeModel(emptyModel());
    bytes[4] = 1;
    expect(() => decodeModel(bytes)).toThrow('format 1 unsupported');
  });

  it('loads the shipped asset', () => {
    const model = loadModelFromDisk();
    expect(model.version).toBeGreaterThanOrEqual(0);
  });
});
