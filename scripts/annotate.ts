/**
 * `npm run annotate -- [--out DIR] FILE...`: runs the engine on text and HTML files, either
 * writing the eval kit's prediction format or printing a readable summary. One process and one
 * model load for any number of files; a bad file is reported and skipped, never fatal to the rest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate, type Attribution, type AttributionModel } from '../utils/attribution';
import { ANNOTATE_USAGE, parseAnnotateArgs, UsageError, type AnnotateArgs } from './lib/annotate-args';
import { readAnnotateInput } from './lib/annotate-input';
import { formatSummary } from './lib/annotate-summary';
import { loadModelFromDisk } from './lib/model-file';

function parseOrExit(argv: readonly string[]): AnnotateArgs {
  try {
    return parseAnnotateArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`annotate: ${error.message}\n${ANNOTATE_USAGE}\n`);
    process.exit(2);
  }
}

function loadModelOrExit(path: string | null): AttributionModel {
  try {
    return loadModelFromDisk(path ?? undefined);
  } catch (error) {
    process.stderr.write(`annotate: cannot load the model${path ? ` ${path}` : ''}: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

/** The prediction file: the eval kit's fields plus id, resolved source and claim for people reading it. */
function predictionJson(attributions: readonly Attribution[]): string {
  return `${JSON.stringify({ attributions }, null, 1)}\n`;
}

function main(): number {
  const args = parseOrExit(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${ANNOTATE_USAGE}\n`);
    return 0;
  }
  const model = loadModelOrExit(args.model);
  if (args.out !== null) mkdirSync(args.out, { recursive: true });
  const claimedNames = new Map<string, string>();
  let failed = 0;
  for (const path of args.files) {
    try {
      const input = readAnnotateInput(path);
      const owner = claimedNames.get(input.name);
      if (args.out !== null && owner !== undefined) throw new Error(`same output name "${input.name}" as ${owner}; rename one`);
      claimedNames.set(input.name, path);
      if (!input.looksLikeArticle) process.stderr.write(`annotate: note: ${path} does not look like an article page; reading it anyway\n`);
      const attributions = annotate(input.text, model);
      if (args.out === null) {
        process.stdout.write(`${formatSummary(path, input.text, attributions)}\n\n`);
        continue;
      }
      if (input.kind === 'html') writeFileSync(join(args.out, `${input.name}.txt`), input.text);
      writeFileSync(join(args.out, `${input.name}.json`), predictionJson(attributions));
    } catch (error) {
      failed++;
      process.stderr.write(`annotate: ${resolve(path)}: ${(error as Error).message}\n`);
    }
  }
  if (args.out !== null) {
    process.stderr.write(`annotate: ${args.files.length - failed} of ${args.files.length} files written to ${args.out}\n`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
