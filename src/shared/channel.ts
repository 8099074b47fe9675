// Messages of ./messages.ts between the extension's own pages (the popup and Chrome's offscreen
// document) on a BroadcastChannel: it hands a page's HTML over by structured clone, where a
// runtime message would be serialized as JSON and wake the background's service worker to read it
// too. A channel is same-origin: no web page or content script can post on it. Each message is
// still checked against its validator, and one that fails is ignored.

import { isEnvelope, type MessageName, type Reply, type Request } from './messages';
import { dispatch, type Handlers } from './dispatch';
import { within } from './within';

const CHANNEL = 'newslens';

/** Answers the channel's requests with `handlers` (which have no sender: the channel tells none). */
export function serveOnChannel(handlers: Handlers<undefined>): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    if (typeof data !== 'object' || data === null) return;
    const { id, message } = data as { id?: unknown; message?: unknown };
    if (typeof id !== 'string' || !isEnvelope(message)) return;
    void dispatch(handlers, message, undefined)?.then((reply) => channel.postMessage({ re: id, reply }));
  };
}

/** Asks whoever serves `type` on the channel; rejects after `timeoutMs` without an answer. */
export function askOnChannel<N extends MessageName>(
  type: N,
  payload: Request<N>,
  timeoutMs: number,
): Promise<Reply<N>> {
  const channel = new BroadcastChannel(CHANNEL);
  const id = crypto.randomUUID();
  const reply = new Promise<Reply<N>>((resolve) => {
    channel.onmessage = ({ data }: MessageEvent<{ re?: unknown; reply?: Reply<N> }>) => {
      if (data?.re === id) resolve(data.reply as Reply<N>);
    };
  });
  channel.postMessage({ id, message: { type, payload } });
  return within(reply, timeoutMs, `no answer to ${type} in ${timeoutMs} ms`).finally(() => channel.close());
}
