import { startSourcelight } from '@/utils/page/sourcelight-session';
import { registerSession } from '@/utils/page/session-handoff';

/**
 * The content script's work as a module of its own, imported by the small content script every
 * page loads (see utils/page/session-handoff.ts), so a page's first task compiles only that.
 */
export default defineUnlistedScript(() => registerSession({ startSourcelight }));
