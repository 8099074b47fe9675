// The readable terminal digest.

import type { Digest } from '../core/types';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
}

export const plain: Style = { bold: (s) => s, dim: (s) => s };
export const ansi: Style = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

export function formatDigest(d: Digest, style: Style = plain): string {
  const lines: string[] = [];
  const section = (name: string) => lines.push('', style.bold(name));
  lines.push(style.bold(d.title ?? '(untitled page)'));
  const meta = [d.siteName, d.byline, d.published ? d.published.slice(0, 10) : null].filter(Boolean).join(' · ');
  if (meta) lines.push(style.dim(meta));
  if (d.limits?.includes('page-too-large')) {
    lines.push('', 'This page is too large to read (too many elements, too deep or too much text).');
  } else if (!d.isArticle) {
    lines.push('', 'No article found on this page.');
  } else {
    lines.push(style.dim(`${d.wordCount} words, ${Math.max(1, Math.round(d.wordCount / 230))} min read`));
    section('Summary');
    for (const s of d.summary) lines.push(`  • ${s}`);
    section('Who');
    if (d.actors.length === 0) lines.push(style.dim('  (no actors found)'));
    for (const a of d.actors)
      lines.push(`  ${a.name}${a.role ? `, ${a.role}` : ''} ${style.dim(`(${a.type}, ${a.mentions}×)`)}`);
    section('When');
    if (d.dates.length === 0) lines.push(style.dim('  (no dates found)'));
    for (const t of [...d.dates].sort((a, b) => a.start.localeCompare(b.start))) {
      const when = t.end ? `${t.start} – ${t.end}` : t.start;
      lines.push(
        `  ${when.padEnd(12)} ${t.approximate ? '~' : ' '}${t.text}${t.context ? style.dim(`  ${clip(t.context, 90)}`) : ''}`,
      );
    }
    section('Quotes');
    if (d.quotes.length === 0) lines.push(style.dim('  (no quotes found)'));
    for (const q of d.quotes) {
      const who = q.speaker ? `${q.speaker}${q.speakerRole ? `, ${q.speakerRole}` : ''}` : 'unattributed';
      lines.push(`  “${q.text}”`, style.dim(`      — ${who}`));
    }
  }
  section('Clutter the extension hides');
  if (d.clutter.length === 0) lines.push(style.dim('  (nothing)'));
  for (const c of d.clutter) lines.push(`  [${c.kind}] ${c.reason}: ${style.dim(clip(c.text, 70) || '(no text)')}`);
  const cut = d.limits?.filter((l) => l !== 'page-too-large') ?? [];
  if (cut.length) lines.push('', style.dim(`Cut to size on this page: ${cut.join(', ')}.`));
  return lines.join('\n');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
