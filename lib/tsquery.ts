// PostgreSQL's to_tsquery syntax for words that searchTerms (lib/search-query.ts) and
// relatedTerms (lib/related.ts) already split: the PostgreSQL twin of toFtsQuery and ftsMatch.
// Every word is quoted, so even a word that slipped past those helpers is only ever a word.

/**
 * One word as a quoted tsquery operand. Inside quotes only the quote and the backslash mean
 * anything to the tsquery parser; both are doubled/escaped away.
 * @example quoteLexeme("jum'at") // "'jum''at'"
 */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * A reader's search: every word must match, and a word of two letters or more also matches as
 * a prefix (as typed: "pemil" finds "pemilu"), exactly like toFtsQuery on SQLite.
 * An empty string means there is nothing to search for.
 * @example tsQueryAllOf(["banjir", "di", "x"]) // "'banjir':* & 'di':* & 'x'"
 */
export function tsQueryAllOf(terms: string[]): string {
  return terms
    .filter((t) => t.length > 0)
    .map((t) => ([...t].length > 1 ? `${quoteLexeme(t)}:*` : quoteLexeme(t)))
    .join(" & ");
}

/**
 * Baca Juga's wording: any of the words, counted only where they carry `weights` (the index
 * gives the headline A and the lead B), like ftsMatch's `{title lead} : (... OR ...)`.
 * @example tsQueryAnyOf(["harga", "beras"], "AB") // "'harga':AB | 'beras':AB"
 */
export function tsQueryAnyOf(terms: string[], weights: string): string {
  return terms
    .filter((t) => t.length > 0)
    .map((t) => `${quoteLexeme(t)}:${weights}`)
    .join(" | ");
}
