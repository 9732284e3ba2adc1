import { describe, expect, it } from 'vitest';
import { SIDEBAR_TAG, mountSidebar } from '@/components/sidebar/mount-sidebar';
import { loadSidebarUi, sidebarUiOrLoad, type SidebarUiSource } from '@/utils/page/sidebar-loader';
import { registerSidebarUi, registeredSidebarUi, SIDEBAR_HOST_TAG, SIDEBAR_UI_PATH } from '@/utils/page/sidebar-ui-handoff';

/** A module source whose "import" runs the given module body against its own scope. */
function source(body: (scope: object) => void) {
  const scope = {};
  const imported: string[] = [];
  const src: SidebarUiSource = {
    url: () => `chrome-extension://test${SIDEBAR_UI_PATH}`,
    importModule: async (url) => {
      imported.push(url);
      await new Promise((resolve) => setTimeout(resolve, 1)); // a module arrives in a later task
      body(scope);
    },
    scope,
  };
  return { src, scope, imported };
}

describe('the sidebar UI module handoff', () => {
  it('names the host element as the sidebar mounts it', () => {
    expect(SIDEBAR_HOST_TAG).toBe(SIDEBAR_TAG);
  });

  it('imports the module once, then hands out what it registered', async () => {
    const { src, scope, imported } = source((scope) => registerSidebarUi({ mountSidebar }, scope));
    let readyCalls = 0;
    expect(sidebarUiOrLoad(() => readyCalls++, src)).toBeNull();
    expect(sidebarUiOrLoad(() => readyCalls++, src)).toBeNull(); // still loading: no second import
    const ui = await loadSidebarUi(src);
    expect(ui.mountSidebar).toBe(mountSidebar);
    expect(registeredSidebarUi(scope)).toBe(ui);
    expect(sidebarUiOrLoad(() => readyCalls++, src)).toBe(ui);
    expect(imported).toEqual(['chrome-extension://test/sidebar-ui.js']);
    expect(readyCalls).toBe(1);
    expect(registeredSidebarUi({})).toBeNull(); // another world sees nothing
  });
});
