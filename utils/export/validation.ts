/**
 * Turns zod's issues into one line a reader can act on ("notes[3].anchor.quote.exact: ..."),
 * so a rejected import says where the file is wrong rather than just that it is.
 */
import type { z } from 'zod';

/** Writes a path as the JSON would be addressed: notes[3].target.selector. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** The first issue as `path: reason`, plus a count of the others. */
export function describeIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'invalid input';
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const reason = first.message.replace(/^Invalid input: /, '');
  return `${formatPath([...prefix, ...first.path])}: ${reason}${more}`;
}

/** Parses JSON text, naming the position of a syntax error (a truncated file, say). */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
}
