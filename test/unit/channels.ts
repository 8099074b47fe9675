// BroadcastChannels made in a test file are closed after each test: Node keeps the process alive
// for an open one, and a server left from one test would answer the next.
import { afterEach, vi } from 'vitest';

export function closeChannelsAfterEach(): void {
  const open: BroadcastChannel[] = [];
  const Real = globalThis.BroadcastChannel;
  vi.stubGlobal(
    'BroadcastChannel',
    class extends Real {
      constructor(name: string) {
        super(name);
        open.push(this);
      }
    },
  );
  afterEach(() => {
    for (const channel of open.splice(0)) channel.close();
  });
}
