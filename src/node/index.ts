// The pipeline as a Node library (build/cli/lib.js), for the evaluation and benchmark scripts:
// the same functions the CLI calls.

export { digestHtml, parseHtml } from './digest-html';
export { decodeHtml } from './decode';
export { digestDocument, digestText } from '../core/pipeline';
export { extractArticle } from '../core/extract/article';
export { explainPublished } from '../core/extract/published';
export { detectClutter } from '../core/clutter/detect';
export { analyse } from '../core/analysis';
export { extractDates } from '../core/analysis/dates';
export { summarize } from '../core/analysis/summary';
export { sentencesOf } from '../core/analysis/sentences';
