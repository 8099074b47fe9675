// The digest as Markdown, for "Copy as Markdown": the same sections, order and wording as the
// popup, so what is pasted reads like what was on screen.

import type { Digest } from '../core/types';
import { t } from '../shared/i18n';
import { formatDay, formatMention, groupQuotes, orderActors, readingMinutes, timeline } from './format';

/** Backslash-escapes what Markdown would read as markup inside running text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*\d+)\.(\s)/, '$1\\.$2');
}

export function digestToMarkdown(digest: Digest): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  const title = digest.title ?? digest.url ?? t('untitled');
  out.push(`# ${e(title)}`, '');
  const meta = [
    digest.siteName,
    digest.byline,
    digest.published ? formatDay(digest.published) : null,
    digest.isArticle ? t('minRead', readingMinutes(digest.wordCount)) : null,
  ].filter((s): s is string => Boolean(s));
  if (meta.length) out.push(e(meta.join(' · ')), '');
  if (digest.url) out.push(`<${digest.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  if (!digest.isArticle) {
    out.push(e(t('noArticle')));
    return out.join('\n').trimEnd() + '\n';
  }

  const section = (name: string, lines: string[]) => {
    if (lines.length) out.push(`## ${e(name)}`, '', ...lines, '');
  };

  section(
    t('summary'),
    digest.summary.map((s) => `- ${e(s)}`),
  );
  section(
    t('who'),
    orderActors(digest.actors).map(
      (a) => `- **${e(a.name)}**${a.role ? `, ${e(a.role)}` : ''} (${t(`type_${a.type}`)}, ${mentions(a.mentions)})`,
    ),
  );
  const when = timeline(digest.dates, digest.published);
  const dateLine = (ahead: boolean) => (d: Digest['dates'][number]) => {
    const date = d.approximate ? t('approxDate', formatMention(d)) : formatMention(d);
    const tag = ahead ? ` _(${t('future')})_` : '';
    return `- **${e(date)}**${tag}: ${e(d.context ?? d.text)}`;
  };
  section(t('when'), [...when.past.map(dateLine(false)), ...when.future.map(dateLine(true))]);
  section(
    t('quotes'),
    groupQuotes(digest.quotes).flatMap((g) => [
      `**${e(g.speaker ?? t('unattributed'))}**${g.role ? `, ${e(g.role)}` : ''}`,
      '',
      ...g.quotes.flatMap((q) => [`> ${e(t('quoteText', q.text))}`, '']),
    ]),
  );
  return out.join('\n').trimEnd() + '\n';
}

export function mentions(n: number): string {
  return n === 1 ? t('mentionsOne') : t('mentionsMany', n);
}
