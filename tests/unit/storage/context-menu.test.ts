import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../utils/anchoring';
import type { BackgroundDeps } from '../../../utils/background/handlers';
import { ADD_NOTE_MENU_ID, registerContextMenu } from '../../../utils/background/menus-and-commands';
import { createTabPages } from '../../../utils/background/tab-pages';
import { ConflictTracker } from '../../../utils/background/conflict-store';
import { SourcelightDb } from '../../../utils/db';
import { memoryArea } from './background-harness';

describe('"Add note to selection" context menu', () => {
  it('creates the menu once per start and stores an anchored note for the clicked tab', async () => {
    const text = 'The minister said the plan was final. Aides said otherwise.';
    const anchor = createAnchor(text, 38, 59);
    const asked: number[] = [];
    const db = new SourcelightDb('menu', { indexedDB: new IDBFactory(), IDBKeyRange });
    const deps: BackgroundDeps = {
      db,
      conflicts: new ConflictTracker(db),
      tabPages: createTabPages(memoryArea() as never),
      badge: {} as never,
      askTab: (async (tabId: number) => (asked.push(tabId), { anchor })) as never,
      notes: { now: () => 5, newId: () => 'menu-note' },
    };
    await deps.tabPages.set(3, { pageUrl: 'https://n.example/p', address: 'https://n.example/p', title: 'P', site: 'n' });
    const created: { id?: string | number; contexts?: string[] }[] = [];
    let removed = 0;
    let click: ((info: { menuItemId: string | number }, tab?: { id?: number }) => void) | undefined;
    let popups = 0;
    registerContextMenu(
      deps,
      {
        removeAll: async () => void (removed += 1),
        create: (item: { id?: string; contexts?: string[] }) => created.push(item),
        onClicked: { addListener: (listener: typeof click) => (click = listener) },
      } as never,
      async () => (popups += 1),
    );
    await new Promise((done) => setTimeout(done, 0));
    expect(removed).toBe(1);
    expect(created).toEqual([expect.objectContaining({ id: ADD_NOTE_MENU_ID, contexts: ['selection'] })]);

    click!({ menuItemId: 'other' }, { id: 3 });
    click!({ menuItemId: ADD_NOTE_MENU_ID }, { id: 3 });
    await expect.poll(() => deps.db.notes.count()).toBe(1);
    expect(asked).toEqual([3]);
    expect(await deps.db.notes.get('menu-note')).toMatchObject({ pageUrl: 'https://n.example/p', text: '', anchor, anchorStatus: 'anchored' });
    await expect.poll(() => popups).toBe(1);
  });
});
