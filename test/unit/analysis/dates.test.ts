import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis';
import { extractDates, MAX_DATES } from '../../../src/core/analysis/dates';
import { sentencesOf } from '../../../src/core/analysis/sentences';
import type { DateMention } from '../../../src/core/types';
import { digestDocument } from '../../../src/core/pipeline';
import { parseHtml } from '../../../src/node/digest-html';

/** Dates of some paragraphs, as `text → start[..end]` with a `~` for approximate ones. */
function dates(published: string | null, ...paragraphs: string[]): string[] {
  return extractDates(sentencesOf(paragraphs), { published, lang: 'en' }).map(show);
}

function show(d: DateMention): string {
  return `${d.text} → ${d.start}${d.end ? `..${d.end}` : ''}${d.approximate ? ' ~' : ''}`;
}

const starts = (published: string | null, text: string) =>
  extractDates(sentencesOf([text]), { published, lang: 'en' }).map((d) => d.start);

describe('dates in the seed article', () => {
  // Published on Friday 31 December 2021.
  const page = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article.html'), 'utf8');
  const digest = digestDocument(parseHtml(page), {});

  it('finds every calendar reference, resolved against the publication date', () => {
    expect(digest.published).toBe('2021-12-31T08:40:12+00:00');
    const byText = Object.fromEntries(digest.dates.map((d) => [d.text, d]));
    expect(byText['Thursday']).toMatchObject({ start: '2021-12-30', precision: 'day' });
    expect(byText['January']).toMatchObject({ start: '2022-01', precision: 'month' });
    expect(byText['January 9-10']).toMatchObject({ start: '2022-01-09', end: '2022-01-10', precision: 'day' });
    expect(byText['January 12']).toMatchObject({ start: '2022-01-12' });
    expect(byText['January 13']).toMatchObject({ start: '2022-01-13' });
    expect(byText['in 2014'] ?? byText['2014']).toMatchObject({ start: '2014', precision: 'year' });
    expect(byText['1962']).toMatchObject({ start: '1962', precision: 'year' });
  });

  it('gives relative spans as approximate estimates and calendar spans as such', () => {
    const byText = Object.fromEntries(digest.dates.map((d) => [d.text, d]));
    expect(byText['this month']).toMatchObject({ start: '2021-12', precision: 'month' });
    expect(byText['over the weekend']).toMatchObject({ start: '2021-12-25', end: '2021-12-26', approximate: true });
    expect(byText['earlier this week']).toMatchObject({ start: '2021-12-27', approximate: true });
    expect(byText['in the last two months']).toMatchObject({ start: '2021-10', approximate: true });
  });

  it('keeps the sentence and paragraph of each date, and takes no counts or durations', () => {
    const jan12 = digest.dates.find((d) => d.text === 'January 12')!;
    expect(digest.paragraphs[jan12.paragraph]).toContain(jan12.context);
    expect(jan12.context).toMatch(/^The leaders’ summit laid the groundwork/);
    const texts = digest.dates.map((d) => d.text).join(' | ');
    expect(texts).not.toMatch(/50|60,000|90,000|10,000/);
  });
});

describe('weekdays follow the tense', () => {
  it('puts a past-tense weekday on or before the publication day', () => {
    // Friday 13 March 2015
    expect(dates('2015-03-13', 'The minister resigned on Monday.')).toEqual(['Monday → 2015-03-09']);
    expect(dates('2015-03-13', 'The minister resigned on Friday.')).toEqual(['Friday → 2015-03-13']);
    expect(dates('2015-03-13', 'Officials said late Thursday that talks had stalled.')).toEqual([
      'late Thursday → 2015-03-12',
    ]);
  });

  it('puts a future-tense weekday after it, on the same day only for a morning paper or "later"', () => {
    expect(dates('2015-03-13T21:30:09', 'Then, on Friday, the chiefs will front the committee.')).toEqual([
      'Friday → 2015-03-20',
    ]);
    expect(dates('2015-03-13T00:00:04-05:00', 'On Friday, the administration will announce a new strategy.')).toEqual([
      'Friday → 2015-03-13',
    ]);
    expect(dates('2015-03-13T21:30:09', 'The president lands in Kenya later on Friday.')).toEqual([
      'later on Friday → 2015-03-13',
    ]);
    expect(dates('2015-03-13', 'The leaders will meet on Saturday.')).toEqual(['Saturday → 2015-03-14']);
    expect(dates('2015-03-13', 'He said the vote was held on Tuesday and the count would end on Sunday.')).toEqual([
      'Tuesday → 2015-03-10',
      'Sunday → 2015-03-15',
    ]);
  });

  it('reads last, next and this', () => {
    // Monday 16 March 2015
    expect(dates('2015-03-16', 'It happened last Monday.')).toEqual(['last Monday → 2015-03-09']);
    expect(dates('2015-03-16', 'It happens next Monday.')).toEqual(['next Monday → 2015-03-23']);
    expect(dates('2015-03-16', 'It happens this Thursday.')).toEqual(['this Thursday → 2015-03-19']);
  });

  it('does not take names for days', () => {
    expect(dates('2015-03-16', 'The Sunday Times reported the story.')).toEqual([]);
    expect(dates('2015-03-16', 'Voters flocked to the polls on Super Tuesday.')).toEqual([]);
  });
});

describe('days and months without a year', () => {
  it('takes the occurrence the tense asks for, else the nearest one', () => {
    // Friday 31 December 2021
    expect(starts('2021-12-31', 'Talks in January will help to reduce tensions.')).toEqual(['2022-01']);
    expect(starts('2021-12-31', 'A session is planned, including a meeting on January 12.')).toEqual(['2022-01-12']);
    expect(starts('2019-01-03', 'November marked the beginning of the stranding season.')).toEqual(['2018-11']);
    expect(starts('2015-07-24', 'After nine churchgoers were killed in June, he spoke out.')).toEqual(['2015-06']);
    expect(starts('2015-07-24', 'The company filed for bankruptcy in January.')).toEqual(['2015-01']);
    expect(starts('2015-07-24', 'The company will file for bankruptcy in January.')).toEqual(['2016-01']);
    expect(starts('2019-04-28', 'It had more than 100 brands as of last July.')).toEqual(['2018-07']);
  });

  it('reads day-month order, ranges, and a weekday that fixes the year', () => {
    expect(dates('2015-04-21', 'She was taken to hospital on 12 April.')).toEqual(['12 April → 2015-04-12']);
    expect(dates('2021-12-31', 'Talks are set for January 30-February 2.')).toEqual([
      'January 30-February 2 → 2022-01-30..2022-02-02',
    ]);
    expect(dates('2015-05-04', 'It happened on Monday, May 5.')).toEqual(['Monday, May 5 → 2014-05-05']);
  });

  it('keeps names and common words that look like months out', () => {
    expect(dates('2019-05-01', 'Prime Minister Theresa May said the deal was done.')).toEqual([]);
    expect(dates('2019-05-01', 'April Ryan asked the first question.')).toEqual([]);
    expect(dates('2019-05-01', 'Thousands joined the march through the capital.')).toEqual([]);
  });
});

describe('years, decades and centuries', () => {
  it('finds years in prose and as attributes', () => {
    expect(dates('2021-12-31', 'Putin linked the tensions to the 1962 Cuban Missile Crisis.')).toEqual(['1962 → 1962']);
    expect(dates('2019-01-03', 'More than 5,000 incidents have been recorded since 1840.')).toEqual([
      'since 1840 → 1840',
    ]);
    expect(dates('2015-03-18', 'The Islamists, who held power from 2011 to 2013, were slow.')).toEqual([
      'from 2011 to 2013 → 2011..2013',
    ]);
    expect(dates('2015-03-18', 'It did with Shamir when he ran afoul of Bush in ’91.')).toEqual(['in ’91 → 1991']);
    expect(dates('2016-07-29', 'They are regulated under the Investment Company Act of 1940.')).toEqual([
      '1940 → 1940',
    ]);
  });

  it('gives decades and centuries as ranges', () => {
    expect(dates('2017-01-13', 'For the first time since the 1990s, the nation will trade.')).toEqual([
      'the 1990s → 1990..1999',
    ]);
    expect(dates('2017-01-13', 'In the mid-1990s, he lived in Khartoum.')).toEqual(['the mid-1990s → 1994..1996 ~']);
    expect(dates('2019-04-28', 'The industry has roots in the 19th century.')).toEqual([
      'the 19th century → 1801..1900',
    ]);
  });

  it('does not take counts, money, labels or sizes for years', () => {
    const text =
      'About 10,000 troops and 2000 soldiers stayed, at a cost of $2015 each. Flight 1549 landed. ' +
      'The screen shows 1800 x 1920 pixels. Temperatures reached 1500 degrees. He lives at 1600 Pennsylvania Avenue.';
    expect(dates('2021-12-31', text)).toEqual([]);
  });
});

describe('what is not a date', () => {
  it('leaves durations without an anchor and times of day alone', () => {
    expect(dates('2021-12-31', 'They spoke for 50 minutes in a 50-minute call.')).toEqual([]);
    expect(dates('2021-12-31', 'The feud lasted three decades and two years.')).toEqual([]);
    expect(dates('2021-12-31', 'The meeting starts at 9 a.m. and ends at 5:30 p.m.')).toEqual([]);
  });
});

describe('relative dates', () => {
  it('resolves days, weeks, months and years around the publication date', () => {
    // Tuesday 21 April 2015
    expect(dates('2015-04-21', 'Her mother said in a statement yesterday that she was devastated.')).toEqual([
      'yesterday → 2015-04-20',
    ]);
    expect(dates('2015-04-21', 'The bill passed last month, and a vote is due next year.')).toEqual([
      'last month → 2015-03',
      'next year → 2016',
    ]);
    expect(dates('2015-04-21', 'Prices rose last week.')).toEqual(['last week → 2015-04-13..2015-04-19']);
    expect(dates('2015-04-21', 'The company was founded four years ago.')).toEqual(['four years ago → 2011 ~']);
    expect(dates('2015-03-18', 'He told the assembly 18 months ago that he would act.')).toEqual([
      '18 months ago → 2013-09 ~',
    ]);
  });

  it('counts a Sunday paper’s "last week" as the week just ending', () => {
    expect(dates('2019-04-28', 'The price was matched at other stores last week.')).toEqual([
      'last week → 2019-04-22..2019-04-28',
    ]);
  });

  it('marks open spans up to the publication as approximate, with their start', () => {
    expect(dates('2017-11-16', 'She rose through the ranks in the last two years.')).toEqual([
      'in the last two years → 2015-11 ~',
    ]);
    expect(dates('2019-04-28', 'The company plans promotions in the next few months.')).toEqual([
      'in the next few months → 2019-04..2019-07 ~',
    ]);
    expect(dates('2015-03-13', 'A team has been doing the rounds in the past few days.')).toEqual([
      'in the past few days → 2015-03-10 ~',
    ]);
  });

  it('keeps spans that belong to the story’s own time out', () => {
    expect(dates('2019-04-30', 'The engineer crafted a new form of lighting over the next decade.')).toEqual([]);
    expect(dates('2019-04-30', 'A few days earlier, the chain touted a promotional price.')).toEqual([]);
  });
});

describe('without a publication date', () => {
  it('resolves absolute dates and skips relative ones', () => {
    expect(
      dates(
        null,
        'On Thursday, April 21, 2015, the agency said it would act in January. It acted in 2014 and again last week.',
      ),
    ).toEqual(['Thursday, April 21, 2015 → 2015-04-21', '2014 → 2014']);
  });
});

describe('the list', () => {
  it('names a repeated date once and stops at the cap', () => {
    expect(
      dates('2015-03-13', 'It rained on Thursday.', 'Officials met on Thursday.', 'It ended on Thursday.'),
    ).toEqual(['Thursday → 2015-03-12']);
    const years = Array.from({ length: 80 }, (_, i) => `The tower was painted in ${1900 + i}.`);
    const list = extractDates(sentencesOf(years), { published: '2021-12-31', lang: 'en' });
    expect(list.length).toBe(MAX_DATES);
    expect(list[0]!.start).toBe('1900');
  });

  it('gives each date its paragraph index', () => {
    const list = extractDates(sentencesOf(['No dates here.', 'Still none.', 'It began in 2009.']), {
      published: '2021-12-31',
      lang: 'en',
    });
    expect(list).toEqual([
      { text: '2009', start: '2009', precision: 'year', context: 'It began in 2009.', paragraph: 2 },
    ]);
  });
});

describe('other languages', () => {
  it('reads what chrono knows in French and German and never throws', () => {
    // Thursday 30 April 2015
    const fr = extractDates(sentencesOf(['Un Français a été tué samedi au Népal, a déclaré le ministère en 2015.']), {
      published: '2015-04-30',
      lang: 'fr',
    });
    expect(fr.map(show)).toEqual(['samedi → 2015-04-25', '2015 → 2015']);
    const de = extractDates(sentencesOf(['Am Dienstag erschien die Version, seit dem 3. März 2014 gilt das.']), {
      published: '2015-04-08',
      lang: 'de',
    });
    expect(de.map(show)).toEqual(['Am Dienstag → 2015-04-07', '3. März 2014 → 2014-03-03']);
  });

  it('keeps only language-free dates for a language chrono does not know, and survives any script', () => {
    const cs = extractDates(sentencesOf(['Smlouva z 12.04.2015 platí od roku 2016.']), {
      published: '2021-11-01',
      lang: 'cs',
    });
    expect(cs.map((d) => d.start)).toEqual(['2015-04-12', '2016']);
    const analysis = analyse({
      title: 'トレンドマイクロ',
      paragraphs: ['トレンドマイクロは3月9日、アプリを発表した。1年版ライセンスは2900円。'],
      published: '2015-03-10',
      lang: 'ja',
    });
    expect(analysis.dates.map((d) => d.start)).toContain('2015-03-09');
  });
});

describe('names and story time', () => {
  it('knows days that name events, and leaves "the next year" of a story alone', () => {
    expect(dates('2022-06-10', 'Since the Sept. 11 attacks, security has changed.')).toEqual(['Sept. 11 → 2001-09-11']);
    expect(dates('2022-06-10', 'The Good Friday Agreement held.')).toEqual([]);
    expect(dates('2015-07-10', 'The next year, Waite published a guide to the cards.')).toEqual([]);
    expect(dates('2015-07-10', 'Nvidia showed the RTX 2080 and a 2000-page manual.')).toEqual([]);
  });

  it('reads quarters, parts of years and the end of a month', () => {
    expect(
      dates('2020-01-16', 'Sales rose in the third quarter of 2019, and by mid-2020 the plant will close.'),
    ).toEqual(['the third quarter of 2019 → 2019-07..2019-09', 'mid-2020 → 2020 ~']);
    expect(dates('2020-01-16', 'A deal is due by the end of the month.')).toEqual(['the end of the month → 2020-01 ~']);
  });
});

describe('copyright lines', () => {
  it('are not dates', () => {
    expect(dates('2021-12-31', '© 2019 The Associated Press. Copyright 2018 Reuters. It was founded in 2017.')).toEqual(
      ['2017 → 2017'],
    );
  });
});

describe('addresses and legal references', () => {
  it('skips dates inside web addresses and section numbers', () => {
    expect(dates('2016-07-09', 'See https://news.example/2016/06/11/story-09-12-06-2016 for more.')).toEqual([]);
    expect(dates('2016-07-09', 'Under § 1631 of the code, the rule took effect in 2013.')).toEqual(['2013 → 2013']);
    const de = extractDates(sentencesOf(['Das ist (so z.B. auch heute) klar, so heißt es.']), {
      published: '2020-02-02',
      lang: 'de',
    });
    expect(de.map((d) => d.text)).toEqual(['heute']);
  });
});
