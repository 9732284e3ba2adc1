/**
 * Values built once, on first use: zod schemas and tables cost time to construct, and a content
 * script that builds them at import pays it in the page's first task, used or not.
 */

/** Wraps `build` so it runs on the first call only; later calls return the same value. */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}
