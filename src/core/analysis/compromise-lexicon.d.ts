// compromise's lexicon and word lists, computed at build time (scripts/compromise-lexicon.ts).
declare module 'virtual:compromise-lexicon' {
  const packed: {
    /** The tag lists, one per group of words. */
    tags: string[][];
    /** The words of each group, joined by commas. */
    words: string[];
    orgWords: string[];
    placeWords: string[];
  };
  export default packed;
}
