// Extractive summary: verbatim sentences, weighted towards the lead.

import type { Sentence } from './sentences';

export function summarize(sentences: Sentence[], max = 3): string[] {
  return sentences
    .filter((s) => s.text.split(' ').length >= 6)
    .slice(0, max)
    .map((s) => s.text);
}
