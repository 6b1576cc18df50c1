// Crockford-style base32 without i, l, o, u: no look-alikes when an id is read aloud on the phone.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 8;

/**
 * A short, stable article id for URLs (40 bits). `randomBytes` is injected so that
 * the seed can be reproducible and production can use crypto.
 * @example generatePublicId(() => new Uint8Array(8)) // "00000000"
 */
export function generatePublicId(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(LENGTH);
  let id = "";
  for (let i = 0; i < LENGTH; i++) id += ALPHABET[bytes[i] & 31];
  return id;
}

/** Cheap shape check so malformed ids are rejected before touching the database. */
export function isPublicId(value: string): boolean {
  return value.length === LENGTH && [...value].every((c) => ALPHABET.includes(c));
}
