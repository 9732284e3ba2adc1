/**
 * `npm run conflicts -- CLAIMS.jsonl`: finds conflicting claims across pages from a JSONL file,
 * so the finder can be scored and inspected without the extension. Each line is validated; a
 * bad line stops the run with its line number, before any output is written.
 */
import fs from 'node:fs';
import { ClaimSchema, ConflictIndex, type Claim } from '../utils/conflicts';

/** Parses JSONL claims, naming the first bad line and why. */
export function parseClaimsJsonl(text: string): { claims: Claim[] } | { error: string } {
  const claims: Claim[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      return { error: `line ${i + 1}: not valid JSON (${(e as Error).message})` };
    }
    const parsed = ClaimSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { error: `line ${i + 1}: ${issue.path.join('.') || '(root)'}: ${issue.message.replace(/^Invalid input: /, '')}` };
    }
    claims.push(parsed.data);
  }
  return { claims };
}

function main(argv: string[]): number {
  const path = argv[0];
  if (!path) {
    process.stderr.write('usage: npm run conflicts -- CLAIMS.jsonl\n');
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${path}: ${(e as Error).message}\n`);
    return 2;
  }
  const parsed = parseClaimsJsonl(text);
  if ('error' in parsed) {
    process.stderr.write(`${path} ${parsed.error}\n`);
    return 1;
  }
  const index = ConflictIndex.build(parsed.claims);
  process.stdout.write(JSON.stringify({ conflicts: index.allConflicts() }) + '\n');
  return 0;
}

if (process.argv[1] && /conflicts\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
