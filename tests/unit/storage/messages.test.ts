import { describe, expect, it } from 'vitest';
import { classifySender, createMessageListener, readReply, sendToBackground, type ExtensionIdentity } from '../../../utils/message-transport';

const self: ExtensionIdentity = { id: 'abcdef', origin: 'chrome-extension://abcdef/', backgroundUrls: ['chrome-extension://abcdef/background.js'] };
const tab = { id: 7, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: false, discarded: false, autoDiscardable: true, groupId: -1, frozen: false };
const contentSender = { id: 'abcdef', tab, frameId: 0, url: 'https://news.example/story' };
const popupSender = { id: 'abcdef', url: 'chrome-extension://abcdef/popup.html' };
const popupInTabSender = { id: 'abcdef', tab, url: 'chrome-extension://abcdef/popup.html?tab=7' };
const backgroundSender = { id: 'abcdef', url: 'chrome-extension://abcdef/background.js' };
const otherExtension = { id: 'zzz', tab, url: 'https://news.example/story' };

/** Runs a listener once and collects its reply (sync or async). */
function deliver(listener: ReturnType<typeof createMessageListener>, raw: unknown, sender: object) {
  return new Promise<{ handled: boolean; reply: unknown }>((resolve) => {
    let handled = false;
    handled = listener(raw, sender as never, (reply) => queueMicrotask(() => resolve({ handled, reply })));
    if (!handled) queueMicrotask(() => resolve({ handled, reply: undefined }));
  });
}

describe('classifySender', () => {
  it('tells content scripts, extension pages and the background apart', () => {
    expect(classifySender(contentSender as never, self)).toBe('content');
    expect(classifySender(popupSender as never, self)).toBe('extension-page');
    expect(classifySender(popupInTabSender as never, self)).toBe('extension-page');
    expect(classifySender(backgroundSender as never, self)).toBe('background');
    expect(classifySender(otherExtension as never, self)).toBeNull();
  });
});

describe('createMessageListener', () => {
  const listener = createMessageListener(
    {
      'popup:delete-note': async ({ id }) => ({ deleted: id === 'n1' }),
      'popup:list-notes': async () => ({ notes: [{ broken: true }] }) as never,
    },
    self,
  );

  it('answers a valid message from the right sender', async () => {
    const { handled, reply } = await deliver(listener, { name: 'popup:delete-note', payload: { id: 'n1' } }, popupSender);
    expect(handled).toBe(true);
    expect(readReply('popup:delete-note', reply)).toEqual({ deleted: true });
  });

  it('refuses a popup message sent by a content script', async () => {
    const { reply } = await deliver(listener, { name: 'popup:delete-note', payload: { id: 'n1' } }, contentSender);
    expect(() => readReply('popup:delete-note', reply)).toThrow(/sender is not a extension-page/);
  });

  it('explains an invalid payload', async () => {
    const { reply } = await deliver(listener, { name: 'popup:delete-note', payload: { id: 3 } }, popupSender);
    expect(() => readReply('popup:delete-note', reply)).toThrow(/invalid payload/);
  });

  it('validates what a handler returns', async () => {
    const { reply } = await deliver(listener, { name: 'popup:list-notes', payload: { search: '', pageUrl: null } }, popupSender);
    expect(() => readReply('popup:list-notes', reply)).toThrow(/popup:list-notes/);
  });

  it('leaves unknown and unhandled messages to other listeners', async () => {
    expect((await deliver(listener, { name: 'nope', payload: {} }, popupSender)).handled).toBe(false);
    expect((await deliver(listener, 'garbage', popupSender)).handled).toBe(false);
    expect((await deliver(listener, { name: 'popup:save-note', payload: {} }, popupSender)).handled).toBe(false);
  });

  it('sendToBackground refuses a bad payload before sending', async () => {
    let sent = false;
    const runtime = { sendMessage: async () => ((sent = true), undefined) };
    await expect(sendToBackground('popup:delete-note', { id: '' }, runtime as never)).rejects.toThrow();
    expect(sent).toBe(false);
  });
});

describe('the engine host answer (packed arrays, each checked in one pass)', () => {
  const answer = (packed: unknown) => ({ ok: true, data: { packed, engineMs: 2 } });
  const good = { spans: [1, 0, 4, -1, -1, 5, 9], strings: ['a1', 'Ana Berg', 'Ana Berg, a pilot'], types: ['named-person', 'named-person'] };

  it('accepts integer spans, bounded strings and known source types', () => {
    expect(readReply('content:annotate-text', answer(good)).packed).toEqual(good);
  });

  it('refuses a fractional span, an over-long string or an unknown source type, saying which field', () => {
    expect(() => readReply('content:annotate-text', answer({ ...good, spans: [1, 0.5, 4, -1, -1, 5, 9] }))).toThrow(/array of integers[\s\S]*packed\.spans/);
    expect(() => readReply('content:annotate-text', answer({ ...good, strings: ['a1', 'x'.repeat(10_001), ''] }))).toThrow(/at most 10000 characters[\s\S]*packed\.strings/);
    expect(() => readReply('content:annotate-text', answer({ ...good, types: ['named-person', 'a-new-type'] }))).toThrow(/source types[\s\S]*packed\.types/);
    expect(() => readReply('content:annotate-text', answer({ ...good, spans: 'nope' }))).toThrow(/invalid reply/);
  });
});
