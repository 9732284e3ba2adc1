/**
 * The sidebar's extension frame (sidebar-context.html): cross-page details live only here, out of
 * the article's reach. It asks the background about its own tab through the typed protocol.
 */
import { render } from 'preact';
import { ContextFrameApp, type ContextFrameEnv } from '@/components/sidebar/context-frame-app';
import { sendToBackground } from '@/utils/message-transport';
import '@/components/sidebar/context-frame.css';

const env: ContextFrameEnv = { load: () => sendToBackground('sidebar-frame:get-page-context', {}), window };
render(<ContextFrameApp env={env} />, document.getElementById('app')!);
