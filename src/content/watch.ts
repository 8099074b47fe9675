// Late widgets (Disqus iframes, lazily loaded comment sections) are caught by a throttled
// MutationObserver with a hard budget: it disconnects after a number of rescans or after a span of
// time, so a page that mutates forever does not pay for us forever.

const THROTTLE_MS = 500;
const MAX_RESCANS = 20;
const LIFETIME_MS = 60_000;

export function watchLateBlocks(doc: Document, rescan: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let rescans = 0;
  const observer = new MutationObserver((records) => {
    if (timer !== null) return;
    if (!records.some((r) => r.addedNodes.length > 0)) return;
    timer = setTimeout(() => {
      timer = null;
      rescans++;
      rescan();
      if (rescans >= MAX_RESCANS) stop();
    }, THROTTLE_MS);
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  };
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  setTimeout(stop, LIFETIME_MS);
  return stop;
}
