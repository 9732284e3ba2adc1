/**
 * The two ways to act without opening the popup: the selection context menu ("Add note to
 * selection") and the keyboard command that toggles highlights.
 */
import { browser } from 'wxt/browser';
import { updateSettings, type SettingsArea } from '../settings';
import { addNoteToSelection, type BackgroundDeps } from './handlers';

/** Context menu item id; also the manifest-free contract with tests that look the menu up. */
export const ADD_NOTE_MENU_ID = 'sourcelight-add-note-to-selection';
/** Manifest command name (see wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-highlights';

/** Creates the selection menu (idempotently: the service worker starts many times) and handles clicks. */
export function registerContextMenu(
  deps: BackgroundDeps,
  menus: Pick<typeof browser.contextMenus, 'removeAll' | 'create' | 'onClicked'> = browser.contextMenus,
  openPopup: () => Promise<unknown> | undefined = () => browser.action?.openPopup?.(),
): void {
  void menus.removeAll().then(() => menus.create({ id: ADD_NOTE_MENU_ID, title: 'Add note to selection', contexts: ['selection'] }));
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_NOTE_MENU_ID || tab?.id === undefined) return;
    addNoteToSelection(deps, tab.id, '')
      .then(() => openPopup())
      .catch((error: unknown) => console.warn('Sourcelight: could not add the note:', error));
  });
}

/** Toggles highlights when the reader presses the command's keys. */
export function registerCommands(
  commands: { onCommand: Pick<typeof browser.commands.onCommand, 'addListener'> } = browser.commands,
  area: SettingsArea = browser.storage.local,
): void {
  commands.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return;
    void updateSettings((settings) => ({ ...settings, highlights: !settings.highlights }), area);
  });
}
