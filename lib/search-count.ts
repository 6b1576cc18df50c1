const NUMBER = new Intl.NumberFormat("id-ID");

/**
 * The search page's count line. PostgreSQL stops counting a common word's matches at a limit
 * (SearchResults.totalIsLowerBound); the page then says "lebih dari" rather than print the
 * limit as if it were the exact number.
 * @example searchCountText(1000, true) // "lebih dari 1.000 berita ditemukan"
 * @example searchCountText(12, false) // "12 berita ditemukan"
 */
export function searchCountText(total: number, isLowerBound: boolean): string {
  const n = NUMBER.format(total);
  return isLowerBound ? `lebih dari ${n} berita ditemukan` : `${n} berita ditemukan`;
}
