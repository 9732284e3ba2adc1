import { annotate } from '@/utils/attribution';
import { decodeModel } from '@/utils/attribution/model';
import { registerEngine } from '@/utils/page/engine-handoff';

/**
 * The attribution engine as a module of its own, imported by the content script only once a page
 * proves to be an article (see utils/page/model-loader.ts): every other page loads a content
 * script without it, and an article compiles it in a task apart from the content script's first.
 */
export default defineUnlistedScript(() => registerEngine({ annotate, decodeModel }));
