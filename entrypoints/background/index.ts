/** The background owns storage and answers messages; for now it only announces itself. */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => undefined);
});
