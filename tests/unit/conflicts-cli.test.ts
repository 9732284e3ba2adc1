/**
 * The conflicts CLI: JSONL in, {"conflicts":[...]} out; a bad line stops it with its number.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConflictSchema } from '../../utils/conflicts';
import { parseClaimsJsonl } from '../../scripts/conflicts';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function writeTemp(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sl-conflicts-')), 'claims.jsonl');
  fs.writeFileSync(file, text);
  return file;
}

const lines = [
  { id: 'a1', page: 'p1', text: 'The Harbour council said Lindqvist resigned as transport chief on Monday.' },
  { id: 'b1', page: 'p2', text: 'Lindqvist denied that she had resigned as transport chief of the Harbour council.', sourceDescription: 'Mara Lindqvist' },
  { id: 'c1', page: 'p3', text: 'A storm closed schools across the northern valley on Tuesday.' },
];

describe('parseClaimsJsonl', () => {
  it('reads valid lines and skips blank ones', () => {
    const parsed = parseClaimsJsonl(lines.map((l) => JSON.stringify(l)).join('\n') + '\n\n');
    expect('claims' in parsed && parsed.claims.map((c) => c.id)).toEqual(['a1', 'b1', 'c1']);
  });

  it('names the line and the field of a bad line', () => {
    expect(parseClaimsJsonl(`${JSON.stringify(lines[0])}\n{"id":"x","page":"p","text":5}`)).toEqual({
      error: 'line 2: text: expected string, received number',
    });
    expect(parseClaimsJsonl(`${JSON.stringify(lines[0])}\n\n{"id":"x",`)).toMatchObject({ error: expect.stringMatching(/^line 3: not valid JSON/) });
  });
});

describe('npm run conflicts', () => {
  it('writes the conflicts as JSON', () => {
    const file = writeTemp(lines.map((l) => JSON.stringify(l)).join('\n'));
    const out = JSON.parse(execFileSync(tsx, ['scripts/conflicts.ts', file], { cwd: root, encoding: 'utf8' }));
    expect(out.conflicts).toHaveLength(1);
    expect(ConflictSchema.parse(out.conflicts[0])).toMatchObject({ a: 'a1', b: 'b1', kind: 'denial-vs-assertion' });
  });

  it('exits non-zero with the line number on a bad line, writing nothing to stdout', () => {
    const file = writeTemp(`${JSON.stringify(lines[0])}\n{"id":"","page":"p","text":"t"}\n`);
    const run = spawnSync(tsx, ['scripts/conflicts.ts', file], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/line 2: id: id must be a non-empty string/);
  });
});
