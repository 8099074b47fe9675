// Analysis of an article's text: summary, actors, dates and quotes. Text in, plain data out:
// nothing here sees a DOM.

import type { Analysis } from '../types';
import { actorsAndQuotes } from './actors-quotes';
import { extractDates } from './dates';
import { sentencesOf } from './sentences';
import { summarize } from './summary';

export interface AnalysisInput {
  title: string | null;
  paragraphs: string[];
  /** ISO date the relative dates are resolved against, or null. */
  published: string | null;
  lang: string | null;
}

export function analyse(input: AnalysisInput): Analysis {
  const sentences = sentencesOf(input.paragraphs);
  const { actors, quotes } = actorsAndQuotes(input.paragraphs, input.title, input.lang);
  return {
    summary: summarize(sentences, { title: input.title }),
    actors,
    dates: extractDates(sentences, { published: input.published, lang: input.lang }),
    quotes,
  };
}
