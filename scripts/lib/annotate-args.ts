/**
 * Command-line arguments of `npm run annotate`, checked with zod so a typo gets a clear message and
 * usage instead of a run that silently does something else.
 */
import { z } from 'zod';

/** Printed for --help and after every argument error. */
export const ANNOTATE_USAGE = `usage: npm run annotate -- [--out DIR] [--model FILE] FILE...

  FILE         .txt (read as is) or .html/.htm (the article is found as the extension finds it)
  --out DIR    write DIR/NAME.json per input (and DIR/NAME.txt, the text read, for HTML);
               without it, print a summary of each file's sources and claims
  --model FILE weights to use instead of assets/model/attribution.bin
  --help       this message`;

const argsSchema = z.object({
  files: z.array(z.string().min(1)).min(1, 'give at least one FILE'),
  out: z.string().min(1).nullable(),
  model: z.string().min(1).nullable(),
  help: z.boolean(),
});

/** Parsed and validated arguments. */
export type AnnotateArgs = z.infer<typeof argsSchema>;

/** Thrown for bad arguments; the CLI prints the message and usage and exits 2. */
export class UsageError extends Error {}

/** Parses argv (without node and script); throws UsageError on anything it does not understand. */
export function parseAnnotateArgs(argv: readonly string[]): AnnotateArgs {
  const raw = { files: [] as string[], out: null as string | null, model: null as string | null, help: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('--')) {
      raw.files.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--') onlyFiles = true;
    else if (flag === '--help') raw.help = true;
    else if (flag === '--out' || flag === '--model') {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      if (raw[flag === '--out' ? 'out' : 'model'] !== null) throw new UsageError(`${flag} given twice`);
      raw[flag === '--out' ? 'out' : 'model'] = value;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  if (raw.help) return { ...raw, help: true };
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}
