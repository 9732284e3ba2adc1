/** Deep import of Readability's small readerable check, so the content script does not bundle the whole parser. */
declare module '@mozilla/readability/Readability-readerable.js' {
  /** See `isProbablyReaderable` in @mozilla/readability. */
  function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
  export default isProbablyReaderable;
}
