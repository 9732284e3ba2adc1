import { describe, expect, it } from 'vitest';
import { startSourcelight } from '@/utils/page/sourcelight-session';
import { loadSession, registerSession, SESSION_MODULE_PATH, type SessionSource } from '@/utils/page/session-handoff';

/** A module source whose "import" runs the given module body against its own scope, in a later task. */
function source(body: (scope: object) => void) {
  const scope = {};
  const imported: string[] = [];
  const src: SessionSource = {
    url: () => `chrome-extension://test${SESSION_MODULE_PATH}`,
    importModule: async (url) => {
      imported.push(url);
      await new Promise((resolve) => setTimeout(resolve, 1));
      body(scope);
    },
    scope,
  };
  return { src, imported };
}

describe('the session module handoff', () => {
  it('imports content-main.js, then hands out the session it registered, without importing again', async () => {
    const { src, imported } = source((scope) => registerSession({ startSourcelight }, scope));
    const session = await loadSession(src);
    expect(session.startSourcelight).toBe(startSourcelight);
    expect(await loadSession(src)).toBe(session);
    expect(imported).toEqual(['chrome-extension://test/content-main.js']);
  });

  it('says so clearly when the module loads but registers nothing', async () => {
    const { src } = source(() => undefined);
    await expect(loadSession(src)).rejects.toThrow('the session module loaded but did not register');
  });
});
