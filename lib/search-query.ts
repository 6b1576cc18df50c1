// Uppercase AND, OR, NOT and NEAR are FTS5 operators. Readers who type them mean syntax, not words,
// and every other word is quoted below, so these are the only ones that need dropping.
const FTS_OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);
const MAX_TERMS = 8;
const MAX_QUERY_LENGTH = 200;
const MAX_TERM_LENGTH = 40;

/**
 * What the reader typed, as the search page reads it from `?q=`: the first value, trimmed and
 * capped (the form's maxlength), so proxy.ts and the page judge the same text.
 * @example readSearchQuery(["  banjir ", "x"]) // "banjir"
 */
export function readSearchQuery(value: string | string[] | null | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * The words of a reader's query, split the way the index's unicode61 tokenizer splits text:
 * runs of letters and digits. Quotes, `*`, `^`, `:`, parentheses, `+` and `-` are separators,
 * so no FTS5 syntax survives. Capped in number and length so that a pasted essay stays cheap.
 * @example searchTerms('"Harga cabai" NEAR(naik*') // ["harga", "cabai", "naik"]
 */
export function searchTerms(input: string): string[] {
  const words = input.normalize("NFKC").match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    if (FTS_OPERATORS.has(word)) continue;
    const term = word.toLowerCase().slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/**
 * Whether a reader's query has anything to search for once FTS5 operators and symbols are gone.
 * A query of only `AND`, `NEAR(`, quotes or stars is not a search that found nothing: the page
 * answers 400 and asks for a word. Blank input is not checked here: it is the empty search form.
 * @example hasSearchableWord("AND OR") // false
 * @example hasSearchableWord("banjir AND") // true
 */
export function hasSearchableWord(input: string): boolean {
  return searchTerms(input).length > 0;
}

/**
 * A safe FTS5 MATCH expression for a reader's query: every term quoted (so it is only ever a
 * word), and a prefix match for terms of two letters or more, so "pemilu" also finds
 * "pemilunya" and a half-typed "terinteg" finds "terintegrasi". Terms are ANDed.
 * An empty string means there is nothing to search for.
 * @example toFtsQuery("Banjir Jakarta") // '"banjir"* "jakarta"*'
 */
export function toFtsQuery(input: string): string {
  return ftsQueryFromTerms(searchTerms(input));
}

/**
 * The FTS5 expression for words already split by searchTerms (see toFtsQuery).
 * @example ftsQueryFromTerms(["banjir", "di"]) // '"banjir"* "di"*'
 */
export function ftsQueryFromTerms(terms: string[]): string {
  return terms
    .map((term) => ([...term].length > 1 ? `"${term}"*` : `"${term}"`))
    .join(" ");
}
