// Calling the handler of a message of ./messages.ts, whatever carried it: runtime messages
// (./messaging.ts) or the extension pages' channel (./channel.ts). No extension API here, so the
// channel does not bring in the polyfill.

import type { Envelope, MessageName, Reply, Request } from './messages';
import type { Runtime } from './platform';

/** Handlers of messages, each given the payload and what the transport tells of the sender. */
export type Handlers<Sender = Runtime.MessageSender> = {
  [N in MessageName]?: (payload: Request<N>, sender: Sender) => Reply<N> | Promise<Reply<N>>;
};

/**
 * The reply of the handler for a valid message, or undefined when none handles it. A handler that
 * throws answers null; it never throws into the caller.
 */
export function dispatch<Sender>(
  handlers: Handlers<Sender>,
  message: Envelope,
  sender: Sender,
): Promise<unknown> | undefined {
  const handler = handlers[message.type] as ((payload: unknown, sender: Sender) => unknown) | undefined;
  if (!handler) return undefined;
  return Promise.resolve()
    .then(() => handler(message.payload, sender))
    .catch(() => null);
}
