// double-metaphone 1.x ships no type declarations: its one export, typed by hand from its README.
declare module 'double-metaphone' {
  /** The primary and the secondary Double Metaphone key of a word ("baclofen" → ["PKLFN", "PKLFN"]). */
  function doubleMetaphone(value: string): [string, string];
  export = doubleMetaphone;
}
