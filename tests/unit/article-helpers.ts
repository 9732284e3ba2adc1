/** Shared by the article tests: a linkedom document typed as the DOM's, as the CLI makes it. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** Parses HTML the way the CLI does. */
export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Reads a fixture page from tests/fixtures/html-cli. */
export function fixturePage(name: string): Document {
  return htmlDocument(readFileSync(new URL(`../fixtures/html-cli/${name}`, import.meta.url), 'utf8'));
}
