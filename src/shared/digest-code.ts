// The pipeline's code, loaded on the first click only: by Chrome's offscreen document, or by the
// popup when it makes the digest itself (Firefox, or no answer from that document). One load per
// page; a load that failed (an extension update swapped the files) is tried again at the next ask.

type Code = typeof import('./snapshot-digest');

let code: Promise<Code> | null = null;

export function loadDigestCode(): Promise<Code> {
  code ??= import('./snapshot-digest').then(
    (loaded) => {
      // In ms from the page's start, for the speed budget (see ../popup/main.tsx).
      performance.mark('newslens:code');
      return loaded;
    },
    (e: unknown) => {
      code = null;
      throw e;
    },
  );
  return code;
}
