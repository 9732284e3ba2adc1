/**
 * The quota path and the sidebar frame's place in the protocol, in Node: a refused write reaches
 * the reader as one plain sentence (other errors unchanged), and only our frame inside a tab is
 * classed 'sidebar-frame' (never the popup, a content script, or the frame's page as a top tab).
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { explainStorageErrors, isQuotaError, STORAGE_FULL_MESSAGE } from '../../../utils/background/storage-errors';
import { classifySender } from '../../../utils/message-transport';
import { isReaderEvent, isSidebarShortcut } from '../../../components/sidebar/sidebar-shortcut';
import { EXTENSION_SELF, frameSender } from './background-harness';

describe('quota errors', () => {
  it('recognises the browser’s refusal, bare or wrapped by Dexie, and nothing else', () => {
    const refused = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaError(refused)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', refused))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('no space'))).toBe(true);
    expect(isQuotaError(new Error('note n1 not found'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('explains a refused write in words and passes other errors and results through', async () => {
    const handlers = explainStorageErrors({
      'popup:delete-note': async ({ id }) => {
        if (id === 'full') throw new Dexie.AbortError('aborted', new DOMException('', 'QuotaExceededError'));
        if (id === 'gone') throw new Error('note gone not found');
        return { deleted: true };
      },
    });
    const call = (id: string) => handlers['popup:delete-note']!({ id }, {});
    await expect(call('full')).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(call('gone')).rejects.toThrow('note gone not found');
    await expect(call('n1')).resolves.toEqual({ deleted: true });
    expect(STORAGE_FULL_MESSAGE).toMatch(/Everything saved before is kept/);
  });
});

describe('the sidebar frame as a sender', () => {
  it('is our frame page inside a tab, below the top frame', () => {
    expect(classifySender(frameSender(7) as never, EXTENSION_SELF)).toBe('sidebar-frame');
    expect(classifySender({ ...frameSender(7), frameId: 0 } as never, EXTENSION_SELF)).toBeNull();
    expect(classifySender({ id: 'ext', url: 'chrome-extension://ext/sidebar-context.html' } as never, EXTENSION_SELF)).toBeNull();
    expect(classifySender({ ...frameSender(7), id: 'other' } as never, EXTENSION_SELF)).toBeNull();
    // The popup, even framed in a tab, stays an extension page; a web page is a content sender.
    expect(classifySender({ ...frameSender(7), url: 'chrome-extension://ext/popup.html' } as never, EXTENSION_SELF)).toBe('extension-page');
    expect(classifySender({ ...frameSender(7), url: 'https://news.example/sidebar-context.html' } as never, EXTENSION_SELF)).toBe('content');
  });
});

describe('sidebar keys', () => {
  const key = (init: Partial<KeyboardEvent>) => ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, key: '', code: '', ...init });
  it('knows Alt+Shift+S by key or code, and nothing with Ctrl or Meta', () => {
    expect(isSidebarShortcut(key({ altKey: true, shiftKey: true, key: 'S', code: 'KeyS' }))).toBe(true);
    expect(isSidebarShortcut(key({ altKey: true, shiftKey: true, key: 'Í', code: 'KeyS' }))).toBe(true); // macOS Option layer
    expect(isSidebarShortcut(key({ altKey: true, key: 's', code: 'KeyS' }))).toBe(false);
    expect(isSidebarShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, key: 'S', code: 'KeyS' }))).toBe(false);
  });
  it('acts only on trusted events', () => {
    expect(isReaderEvent({ isTrusted: true })).toBe(true);
    expect(isReaderEvent({ isTrusted: false })).toBe(false);
  });
});
