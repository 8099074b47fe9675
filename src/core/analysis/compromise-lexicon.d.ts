// compromise's lexicon and word lists, computed at build time (scripts/compromise-lexicon.ts).
declare module 'virtual:compromise-lexicon' {
  const packed: {
    /** The distinct lists of tags. */
    tags: string[][];
    /** The words, sorted in code-unit order, each with the index of its tags, in front-coded buckets. */
    words: string;
    orgWords: string[];
    placeWords: string[];
  };
  export default packed;
}
