import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readArticle } from '../../utils/article';
import { annotate, SOURCE_TYPES } from '../../utils/attribution';
import { parseAnnotateArgs } from '../../scripts/lib/annotate-args';
import { loadModelFromDisk } from '../../scripts/lib/model-file';
import { htmlDocument } from './article-helpers';
import { fixture, runScript } from './cli-helpers';

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() });
/** The eval kit's prediction format (shared/eval/README.md). */
const predictionSchema = z.object({
  attributions: z.array(
    z.object({
      source: span.nullable(),
      cue: span.nullable(),
      content: z.array(span).min(1),
      sourceType: z.enum(SOURCE_TYPES),
      anonymous: z.boolean(),
    }),
  ),
});

const work = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('annotate --out', () => {
  const out = join(work, 'out');
  const html = fixture('html-cli/harbour-bridge.html');
  const text = fixture('texts/port-strike.txt');
  const missing = join(work, 'no-such-file.txt');
  const run = runScript('annotate', ['--out', out, html, missing, text, fixture('texts/unicode-notes.txt')]);

  it('reports the missing file on stderr, does the others, and exits non-zero', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no-such-file.txt');
    expect(run.stderr).toContain('no such file');
    for (const name of ['harbour-bridge', 'port-strike', 'unicode-notes']) expect(existsSync(join(out, `${name}.json`))).toBe(true);
    expect(existsSync(join(out, 'no-such-file.json'))).toBe(false);
  });

  it('writes the article text of an HTML page exactly as utils/article reads it', () => {
    const expected = readArticle(htmlDocument(readFileSync(html, 'utf8'))).text;
    expect(readFileSync(join(out, 'harbour-bridge.txt'), 'utf8')).toBe(expected);
    expect(existsSync(join(out, 'port-strike.txt'))).toBe(false);
  });

  it('writes what the engine finds, in the eval format, with offsets into the text as read', () => {
    const model = loadModelFromDisk();
    for (const [name, textPath] of [['port-strike', text], ['harbour-bridge', join(out, 'harbour-bridge.txt')]]) {
      const source = readFileSync(textPath, 'utf8');
      const written = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
      const prediction = predictionSchema.parse(written);
      expect(written).toEqual(JSON.parse(JSON.stringify({ attributions: annotate(source, model) })));
      expect(prediction.attributions.length).toBeGreaterThan(0);
      for (const a of prediction.attributions) {
        for (const s of [a.source, a.cue, ...a.content]) if (s) expect(s.end).toBeLessThanOrEqual(source.length);
      }
    }
  });
});

describe('annotate summary (no --out)', () => {
  const run = runScript('annotate', [fixture('texts/port-strike.txt')]);

  it('prints each source with its type and claims', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^== .*port-strike\.txt: \d+ chars, \d+ attributions, \d+ sources/);
    expect(run.stdout).toMatch(/^\* .*\[(named-person|named-organization|document|unnamed-person|unnamed-group|anonymous-source)/m);
    expect(run.stdout).toMatch(/^ {4}- .+/m);
    expect(run.stdout).toContain('Priya Natarajan');
  });
});

describe('annotate argument checks', () => {
  it('rejects bad arguments with the reason, the usage and exit code 2', () => {
    const run = runScript('annotate', ['--out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out needs a value');
    expect(run.stderr).toContain('usage: npm run annotate');
  });

  it.each([
    [[], 'give at least one FILE'],
    [['--frobnicate', 'x.txt'], 'unknown option --frobnicate'],
    [['--out', 'a', '--out=b', 'x.txt'], '--out given twice'],
    [['--model', '--out', 'x.txt'], '--model needs a value'],
  ])('parseAnnotateArgs rejects %j', (args, message) => {
    expect(() => parseAnnotateArgs(args)).toThrow(message);
  });

  it('parseAnnotateArgs reads flags, inline values and files after --', () => {
    expect(parseAnnotateArgs(['--out=o', 'a.txt', '--', '--odd-name.txt'])).toEqual({
      files: ['a.txt', '--odd-name.txt'], out: 'o', model: null, help: false,
    });
  });

  it('rejects an unsupported file type and an output name clash, but still does the good file', () => {
    const out = join(work, 'clash');
    const run = runScript('annotate', ['--out', out, fixture('texts/port-strike.txt'), fixture('texts/port-strike.txt'), join(work, 'notes.pdf')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('same output name "port-strike"');
    expect(run.stderr).toContain('unsupported file type ".pdf"');
    expect(existsSync(join(out, 'port-strike.json'))).toBe(true);
  });
});
