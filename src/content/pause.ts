// A pause between two tasks of our work: the page's own tasks run, then we go on. scheduler.yield()
// where the browser has it (it resumes ahead of other tasks); otherwise a message on a private
// channel, which, unlike setTimeout, is not throttled to once a second in background tabs.

interface Scheduler {
  yield(): Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
