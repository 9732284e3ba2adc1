/**
 * The sidebar's stylesheet, adopted by its shadow root as a constructed sheet: no <style> element,
 * so strict page CSPs cannot block it and page styles cannot leak in.
 */
export const SIDEBAR_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2933; --named: #1d5ac8; --anon: #a85200; --source: #6e28be; --bg: #ffffff; --muted: #52606d; --line: #d9e2ec; --hover: #f0f4f8; }
.root.dark { color: #e4e7eb; --named: #93c5fd; --anon: #fcd34d; --source: #d2aaff; --bg: #1b1f24; --muted: #9aa5b1; --line: #323f4b; --hover: #27313b; }
.panel { position: fixed; top: 0; right: 0; height: 100vh; width: min(400px, 94vw); background: var(--bg); border-left: 1px solid var(--line); box-shadow: -6px 0 24px rgba(0,0,0,.18); display: flex; flex-direction: column; z-index: 2147483646; }
.head { display: flex; align-items: center; gap: 8px; padding: 12px 14px; border-bottom: 1px solid var(--line); }
.head h2 { font-size: 16px; margin: 0; flex: 1; }
.close { font: inherit; font-size: 20px; line-height: 1; background: none; border: 1px solid transparent; border-radius: 6px; color: inherit; cursor: pointer; padding: 4px 8px; }
.close:hover { background: var(--hover); }
button:focus-visible { outline: 3px solid var(--named); outline-offset: 2px; }
.profile { padding: 10px 14px; border-bottom: 1px solid var(--line); }
.bar { display: flex; height: 10px; border-radius: 5px; overflow: hidden; background: var(--line); }
.bar .named { background: var(--named); }
.bar .anonymous { background: repeating-linear-gradient(45deg, var(--anon) 0 4px, transparent 4px 7px); border: 1px solid var(--anon); }
.legend { display: flex; justify-content: space-between; font-size: 12px; color: var(--muted); margin-top: 4px; }
.scroll { overflow-y: auto; flex: 1; padding: 4px 14px 24px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 16px 0 6px; }
ul { list-style: none; margin: 0; padding: 0; }
.source { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; margin-bottom: 8px; }
.source.named { border-left: 4px solid var(--named); }
.source.anonymous { border-left: 4px dashed var(--anon); }
.source-name { font-weight: 600; }
.source-meta { font-size: 12px; color: var(--muted); }
.description { font-size: 13px; margin: 2px 0 4px; }
.claim { display: block; width: 100%; text-align: left; font: inherit; font-size: 13px; color: inherit; background: none; border: 1px solid transparent; border-radius: 6px; padding: 4px 6px; margin: 2px 0; cursor: pointer; }
.claim:hover { background: var(--hover); }
.claim[aria-current="true"] { border-color: var(--named); background: var(--hover); }
.empty { color: var(--muted); font-style: italic; }
.launcher { position: fixed; right: 16px; bottom: 16px; font: 600 13px/1 system-ui, sans-serif; padding: 9px 12px; border-radius: 18px; border: 1px solid var(--line); background: var(--bg); color: inherit; box-shadow: 0 2px 10px rgba(0,0,0,.2); cursor: pointer; z-index: 2147483645; }
.tooltip { position: fixed; max-width: 320px; padding: 6px 9px; border-radius: 6px; background: #111827; color: #f9fafb; font: 13px/1.35 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.3); pointer-events: none; z-index: 2147483647; }
.tooltip .type { display: block; font-size: 12px; opacity: .8; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* Fixed height whatever it holds: a size that followed its content would tell the page how much there is. */
.context-frame { display: block; width: 100%; height: clamp(120px, 26vh, 240px); flex: none; border: 0; border-bottom: 1px solid var(--line); background: var(--bg); color-scheme: normal; }
.add-note { font: inherit; font-size: 12px; margin: 0 0 4px 6px; padding: 1px 8px; border-radius: 10px; border: 1px solid var(--line); background: none; color: inherit; cursor: pointer; }
.add-note:hover { background: var(--hover); }
`;
