// compromise's lexicon and word lists, computed at build time (scripts/compromise-lexicon.ts).
declare module 'virtual:compromise-lexicon' {
  const packed: {
    /** The distinct lists of tags. */
    tags: string[][];
    /** Lines `word,n`, sorted by word in code-unit order; `n` (base 36) indexes `tags`. */
    words: string;
    orgWords: string[];
    placeWords: string[];
  };
  export default packed;
}
