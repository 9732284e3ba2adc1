/**
 * Reads one input of `npm run annotate` into the text the engine sees: a .txt file exactly as
 * written (offsets match the eval kit's reading), an HTML page through utils/article on a linkedom
 * document, the same code the content script runs.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { isArticlePage, readArticle } from '../../utils/article';

/** What the CLI annotates for one file. */
export interface AnnotateInput {
  path: string;
  /** Output base name: the file name without its extension. */
  name: string;
  kind: 'text' | 'html';
  text: string;
  /** For HTML: whether the extension would have treated the page as an article at all. */
  looksLikeArticle: boolean;
}

const KINDS: Record<string, AnnotateInput['kind']> = { '.txt': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html' };

/** Article text of an HTML page, found as the extension finds it. */
export function articleTextOfHtml(html: string): { text: string; looksLikeArticle: boolean } {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return { text: readArticle(doc).text, looksLikeArticle: isArticlePage(doc) };
}

/** Reads and converts one file; throws an Error with a readable message when it cannot. */
export function readAnnotateInput(path: string): AnnotateInput {
  const extension = extname(path).toLowerCase();
  const kind = KINDS[extension];
  if (kind === undefined) throw new Error(`unsupported file type "${extension || '(none)'}" (use .txt or .html)`);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new Error(`cannot read: ${reason}`);
  }
  const name = basename(path, extname(path));
  if (kind === 'text') return { path, name, kind, text: raw, looksLikeArticle: true };
  return { path, name, kind, ...articleTextOfHtml(raw) };
}
