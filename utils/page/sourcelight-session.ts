/**
 * Everything the content script does on one tab, wired to its context: settings decide whether
 * to run, the model is fetched once the page proves to be an article, the annotator paints, the
 * sidebar and tooltip explain, the background hears what was found. Changes to the page (late
 * paragraphs, single-page navigation) re-run it; invalidation removes every trace.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { hasArticleMetadata, isArticlePage } from '@/utils/article';
import type { Attribution } from '@/utils/attribution';
import { createHighlightPainter } from '@/utils/highlight/highlight-painter';
import { THEME_ATTRIBUTE } from '@/utils/highlight/highlight-kinds';
import { sendToBackground } from '@/utils/message-transport';
import { portSender } from '@/utils/port-transport';
import { ENGINE_HOST_PORT } from '@/utils/port-envelope';
import { highlightsActive, readSettings, watchSettings, type Settings } from '@/utils/settings';
import { pageScheduler } from './chunked-annotation';
import { settingsAreaFrom } from './head-start';
import type { HeadStart } from './session-handoff';
import { createClaimHitIndex, type ClaimHitIndex } from './claim-hit-test';
import { lazyClaimUi } from './claim-ui';
import { packagedModelSource } from './model-loader';
import { hostedEngineSource, hostSend } from './engine-host-client';
import { createPageAnnotator, type PageAnnotator } from './page-annotator';
import { afterNextFrame, claimAnchor, pageMeta, sendPageReport } from './page-report';
import { isDarkPage } from './page-theme';
import { displayedIn, takenOnce } from './early-read';
import { warmReplyParser } from './reply-parser-warm-up';
import { watchPageChanges } from './page-changes';
import { answerSelectionRequests } from './selection-anchor';
import { MARKS, markPainted } from './session-marks';

export { MARKS } from './session-marks';

/** Chunk size of long pages sent to the engine host (the page's own engine uses smaller ones). */
const HOST_CHUNK_CHARS = 12_000;

/**
 * Starts Sourcelight on this tab. Idle (but watching) on pages that are not articles. `startedAt`
 * is the content script's own start (marked before this module was imported), when it has one;
 * `headStart` what the content script started meanwhile (session-handoff.ts).
 */
export async function startSourcelight(
  ctx: ContentScriptContext,
  win: Window & typeof globalThis = window,
  startedAt = win.performance.mark(MARKS.start).startTime,
  { storedSettings, early = null, earlyPaint = null }: HeadStart = {},
): Promise<void> {
  const doc = win.document;
  const sinceStart = () => win.performance.now() - startedAt;
  // On an article, the model's fetch and decode, the settings read and finding and reading the
  // article all overlap; only the engine waits for the model, and only painting for the settings.
  const viaPort = portSender((name) => browser.runtime.connect({ name }), ENGINE_HOST_PORT);
  // While the host reads the first text, the main thread sets up what only matters once there are
  // highlights (the claim UI) and warms the answer's parser: off the path to the paint.
  const whileHostWorks = () => {
    ui.ensure();
    return warmReplyParser();
  };
  const modelSource = packagedModelSource((path) => browser.runtime.getURL(path as '/'), () => win.performance.now());
  const engine = hostedEngineSource(hostSend(viaPort), modelSource, undefined, whileHostWorks, early);
  const scheduler = pageScheduler(win);
  const settingsLoading = readSettings(settingsAreaFrom(storedSettings));
  // Readied once the page looks like an article: the host's port joined while the page is read.
  const readyEngine = () => {
    if (engine.where === 'host') viaPort.connect();
    void engine.start();
  };
  // The content script's early read proved an article already; else a cheap signal need not wait for the full check.
  let knownArticle = early !== null;
  if (knownArticle || hasArticleMetadata(doc)) readyEngine();
  if (!knownArticle) {
    await scheduler.yieldToPage(); // the article check on a huge page is its own task, not the script's first
    knownArticle = doc.body !== null && isArticlePage(doc);
    if (knownArticle) readyEngine();
  }
  const earlyRead = takenOnce(early);
  let settings: Settings | null = null;
  let settingsMs = 0;
  const settingsRead = settingsLoading.then((read) => {
    settings ??= read; // a change heard meanwhile is newer
    settingsMs = sinceStart();
  });
  let annotator: PageAnnotator | null = null;
  let hitIndex: ClaimHitIndex | null = null;
  let byId = new Map<string, Attribution>();
  let lastReported = { href: '', text: '' };
  const painter = earlyPaint?.painter ?? createHighlightPainter();
  /** The text the last report anchored its claims in, so "Add note" anchors the claim in the same text. */
  let reportedText: string | null = null;
  let reports = 0;
  const ui = lazyClaimUi(ctx, doc, win, {
    sidebar: {
      range: (id) => annotator?.page?.painted.find((p) => p.attributionId === id && p.kind !== 'source')?.range ?? null,
      attribution: (id) => byId.get(id),
      flash: (range) => painter.flash(range, 1600, (fn, ms) => ctx.setTimeout(fn, ms)),
      // A blank note on the claim: the popup opens it for writing, as after the context menu.
      addNote: (id) => {
        const claim = byId.get(id);
        if (reportedText === null || !claim) return;
        sendToBackground('content:add-note', { ...pageMeta(doc), text: '', attributionId: id, anchor: claimAnchor(reportedText, claim) })
          .then(() => ui.ensure().announce('Note added: open Sourcelight’s popup to write it.'))
          .catch((error: unknown) => console.warn('Sourcelight: could not add the note', error));
      },
    },
    hitIndex: () => {
      const page = annotator?.page;
      if (!hitIndex && page && byId.size > 0) hitIndex = createClaimHitIndex(doc, page.painted);
      return hitIndex;
    },
    attribution: (id) => byId.get(id),
  });

  const active = () => settings !== null && highlightsActive(settings, win.location.href);

  const reset = () => {
    annotator?.clear();
    hitIndex = null;
    byId = new Map();
    ui.existing?.setAttributions([]);
    doc.documentElement.removeAttribute(THEME_ATTRIBUTE);
  };

  const update = async (): Promise<void> => {
    if (ctx.isInvalid) return;
    const turnedOff = () => {
      win.performance.mark(MARKS.skipped, { detail: { reason: 'turned-off' } });
      reset();
    };
    if (settings !== null && !active()) return turnedOff();
    let articleChecked = false;
    if (!annotator) {
      const article = knownArticle || (doc.body !== null && isArticlePage(doc));
      articleChecked = article;
      knownArticle = false;
      if (!article) {
        win.performance.mark(MARKS.skipped, { detail: { reason: 'not-article' } });
        return;
      }
      annotator ??= createPageAnnotator({
        document: doc,
        painter,
        annotateText: (text) => engine.annotate(text),
        engineReady: () => engine.ready(),
        scheduler,
        isVisible: displayedIn(win),
        paintGate: () => settingsRead.then(active),
        // the host's worker has no page to keep responsive: fewer, larger requests on a long page
        maxChunkChars: () => (engine.where === 'host' ? HOST_CHUNK_CHARS : undefined),
      });
    }
    const started = win.performance.now();
    const read = earlyRead.take();
    // The early paint is adopted by the run that takes the early read (the first, unless the page
    // changed); that run paints nothing, so it waits for the settings here, as painting would.
    if (read && earlyPaint) {
      await settingsRead;
      if (!active()) return turnedOff();
    }
    const outcome = await annotator.run(articleChecked, read && earlyPaint ? { ...read, prepainted: earlyPaint } : read);
    if (!active()) return turnedOff();
    const page = annotator.page;
    if (outcome === 'not-article' || !page) {
      win.performance.mark(MARKS.skipped, { detail: { reason: 'not-article' } });
      return reset();
    }
    if (outcome === 'unchanged') win.performance.mark(MARKS.unchanged);
    if (outcome !== 'painted' || ctx.isInvalid) return;
    byId = new Map(page.attributions.map((a) => [a.id, a]));
    hitIndex = null; // built on first use (pointer, caret): not part of the paint
    ui.ensure(); // set up while the host worked, unless it answered first
    // the early paint already asked the page's colours for the paint this run adopted
    const dark = page.timings.adopted && earlyPaint ? earlyPaint.dark : isDarkPage(page.root, win);
    if (dark) doc.documentElement.setAttribute(THEME_ATTRIBUTE, 'dark');
    else doc.documentElement.removeAttribute(THEME_ATTRIBUTE);
    const engineFacts = { where: engine.where, hostEngineMs: engine.hostEngineMs + (page.timings.adopted ? earlyPaint?.engineMs ?? 0 : 0), timings: engine.timings };
    markPainted(win, page, { startedAt, runMs: win.performance.now() - started, settingsMs, mode: painter.mode, engine: engineFacts });
    // The sidebar (loaded on its own) lists what was painted, in a task after the paint's own.
    await scheduler.yieldToPage();
    if (ctx.isInvalid || annotator.page !== page || !active()) return;
    ui.ensure().setAttributions(page.attributions, dark);
    if (win.location.href !== lastReported.href || page.text !== lastReported.text) {
      lastReported = { href: win.location.href, text: page.text };
      // Reported once the painted highlights are on screen (the frame after the paint; a hidden tab,
      // which renders no frames, after a moment), in parts with the page's turn between them.
      const report = () => {
        if (ctx.isInvalid) return;
        reportedText = page.text;
        sendPageReport(doc, page.text, page.attributions, {
          reportId: `${Math.round(win.performance.timeOrigin)}-${++reports}`,
          send: (part) => sendToBackground('content:page-attributions', part),
          yieldToPage: () => scheduler.yieldToPage(),
        })
          .then(() => ui.existing?.refreshContext())
          .catch((error: unknown) => console.warn('Sourcelight: could not save this page’s attributions', error));
      };
      afterNextFrame(win, ctx, report);
    }
  };

  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    running = running.then(update).catch((error: unknown) => console.error('Sourcelight:', error));
  };

  watchPageChanges(ctx, doc, {
    onContentChange: schedule,
    onNavigation: () => {
      ui.existing?.close();
      schedule();
    },
  });
  answerSelectionRequests(ctx, doc, () => annotator?.page ?? null);
  ctx.onInvalidated(watchSettings((next) => {
    settings = next;
    schedule();
  }));
  // A change made before that watch began (while the early paint and this module loaded) is read now.
  void readSettings().then((fresh) => {
    if (settings !== null && JSON.stringify(fresh) === JSON.stringify(settings)) return;
    settings = fresh;
    schedule();
  }, () => undefined);
  ctx.onInvalidated(() => {
    earlyRead.drop();
    annotator?.clear();
    painter.dispose();
    doc.documentElement.removeAttribute(THEME_ATTRIBUTE);
  });
  schedule();
  await running;
}
