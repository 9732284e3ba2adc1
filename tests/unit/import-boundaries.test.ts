import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Holds the design's import lines, as Dark Reader's lint rule does: the pure cores run in the
 * CLI, benchmarks and tests, so they must not reach for the DOM, the browser, Dexie or Preact;
 * and nothing may import from an entrypoint.
 */
const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const full = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2],
  );
}

const PURE_CORES = ['utils/attribution', 'utils/conflicts', 'utils/export'];
const FORBIDDEN_IN_PURE = /^(dexie|preact|wxt|#imports|webextension-polyfill|@\/entrypoints|@\/components|@\/utils\/(db|messages|highlight|article))/;
const BROWSER_GLOBALS = /\b(document|window|browser|chrome|indexedDB|localStorage|navigator)\s*\./;

describe('import boundaries', () => {
  it.each(PURE_CORES)('%s imports nothing from the DOM, browser, Dexie or Preact', (dir) => {
    const offenders: string[] = [];
    for (const file of sourceFiles(dir)) {
      for (const spec of importsOf(file)) {
        if (FORBIDDEN_IN_PURE.test(spec)) offenders.push(`${relative(root, file)} imports ${spec}`);
      }
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (BROWSER_GLOBALS.test(code)) offenders.push(`${relative(root, file)} uses a browser global`);
    }
    expect(offenders).toEqual([]);
  });

  it('nothing imports from entrypoints/', () => {
    const files = ['utils', 'components', 'scripts', 'tests'].flatMap(sourceFiles);
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)entrypoints\//.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds the engine files it guards', () => {
    expect(sourceFiles('utils/attribution').length).toBeGreaterThan(2);
  });
});
