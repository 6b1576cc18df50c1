import { hash, verify } from "@node-rs/argon2";

/** OWASP's argon2id minimum (m=19 MiB, t=2, p=1); about 60 ms per hash on one core. */
// algorithm 2 is Argon2id (a const enum in the typings, which isolated modules cannot import).
export const ARGON2_PARAMS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so that a wrong email costs as much time
// as a wrong password and response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("warta-dummy-password-for-timing");
  return dummyHash;
}
