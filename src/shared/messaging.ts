// Typed sending and handling of the messages in ./messages.ts. Only our own extension's contexts
// are answered: a page cannot reach these handlers (window.postMessage never arrives here, and
// runtime messages from other extensions are dropped by the sender check). Each message is also
// checked against who may send it (SENDERS) and its payload against its validator; a message that
// fails either is ignored, as if never sent.

import browser, { type Runtime } from './platform';
import { dispatch, type Handlers } from './dispatch';
import { isEnvelope, senderAllowed, type MessageName, type Reply, type Request } from './messages';

export async function sendToTab<N extends MessageName>(tabId: number, type: N, payload: Request<N>): Promise<Reply<N>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<N>;
}

/** To the extension's own contexts (the background, and its offscreen document), the sender aside. */
export async function sendToExtension<N extends MessageName>(type: N, payload: Request<N>): Promise<Reply<N>> {
  return (await browser.runtime.sendMessage({ type, payload })) as Reply<N>;
}

/**
 * Answers through sendResponse and `return true`, which every engine honours. A returned Promise
 * is not: Chromium's native `browser` namespace (which the polyfill passes through to in the
 * service worker) answered `undefined` to content-script messages when handed one.
 */
export function handleMessages(handlers: Handlers): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (!isEnvelope(message) || !senderAllowed(message.type, sender, self)) return false;
    const reply = dispatch(handlers, message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
