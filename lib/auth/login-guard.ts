import { isKnownDevice, knownDeviceToken } from "./known-device";
import { type FailureCounter, FailureLimiter, type FailureMark } from "./rate-limit";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Wrong passwords per account (strangers' browsers together) and per known browser, in the window. */
export const ACCOUNT_FAILURES = 5;
/** Wrong passwords per client address in the window: an office shares one address. */
export const IP_FAILURES = 30;

/** The guard's three buckets: accounts from strangers' browsers, accounts from known browsers, client addresses. */
export type LoginBucket = "akun" | "peramban" | "alamat";

export type LoginAccount = { id: number; passwordHash: string | null; active: boolean };

export type LoginDeps = {
  findAccount: (email: string) => Promise<LoginAccount | null>;
  verify: (hash: string, password: string) => Promise<boolean>;
  /** A hash to verify against when there is no account, so that both cost the same time. */
  dummyHash: () => Promise<string>;
};

export type LoginAttempt = {
  /** Already trimmed and lower-cased. */
  email: string;
  password: string;
  ip: string;
  /** The known-browser cookie, when the browser sent one. */
  device?: string;
};

export type LoginOutcome =
  | { ok: true; accountId: number; device: string }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "locked"; retryAfterMs: number };

/**
 * Decides a login before and after the password hash, so that guessing costs the server
 * almost nothing: once a key has too many failures, attempts are turned away without running
 * argon2 (about 60 ms of CPU each) and without adding to the count, so a flood of guesses
 * gets at most ACCOUNT_FAILURES hashes per account per window, however many addresses it uses.
 *
 * The owner is not locked out by a stranger's guessing: a browser that logged in to the account
 * before carries a signed known-browser cookie (lib/auth/known-device.ts) and has a bucket of
 * its own, which nobody without that cookie can fill; on a new browser the owner waits until
 * the window has passed since the guessing slowed down. The per-address limit stops one client
 * from trying many accounts; it relies on the address (lib/client-ip.ts) and so only holds
 * behind a proxy that overwrites X-Forwarded-For, which is why the account limits never use it.
 */
export class LoginGuard {
  private readonly strangers: FailureCounter;
  private readonly knownBrowsers: FailureCounter;
  private readonly addresses: FailureCounter;

  /**
   * @param counter makes the counter of one bucket; with REDIS_URL one shared by every instance
   * (server/shared-login.ts), so that the limits hold for the site and not per instance.
   */
  constructor(
    private readonly now: () => number = Date.now,
    counter: (bucket: LoginBucket, maxFailures: number, windowMs: number) => FailureCounter = (_bucket, max, windowMs) =>
      new FailureLimiter(max, windowMs, now),
  ) {
    this.strangers = counter("akun", ACCOUNT_FAILURES, LOGIN_WINDOW_MS);
    this.knownBrowsers = counter("peramban", ACCOUNT_FAILURES, LOGIN_WINDOW_MS);
    this.addresses = counter("alamat", IP_FAILURES, LOGIN_WINDOW_MS);
  }

  async attempt(a: LoginAttempt, deps: LoginDeps): Promise<LoginOutcome> {
    const account = await deps.findAccount(a.email);
    const usable = account?.passwordHash && account.active ? { id: account.id, hash: account.passwordHash } : null;
    const known = usable !== null && isKnownDevice(a.device, usable.id, usable.hash, this.now());
    const bucket = known ? this.knownBrowsers : this.strangers;
    const accountKey = known ? `${a.email}\n${a.device}` : a.email;
    // Counted as a failure before the hash runs (checked and counted in one step), so that guesses
    // arriving while it runs already see it: counted after, every guess in flight when the limit is
    // reached would get a hash too.
    const counted = await bucket.tryFailure(accountKey);
    if (counted.locked) return { ok: false, reason: "locked", retryAfterMs: counted.retryAfterMs };
    let addressFailedAt: FailureMark | undefined;
    if (!known) {
      const byAddress = await this.addresses.tryFailure(a.ip);
      if (byAddress.locked) {
        // Turned away without a hash: not a guess at this account.
        await bucket.forget(accountKey, counted.mark);
        return { ok: false, reason: "locked", retryAfterMs: byAddress.retryAfterMs };
      }
      addressFailedAt = byAddress.mark;
    }
    const ok = usable ? await deps.verify(usable.hash, a.password) : (await deps.verify(await deps.dummyHash(), a.password), false);
    if (!ok || !usable) return { ok: false, reason: "wrong" };
    await bucket.reset(accountKey);
    if (addressFailedAt !== undefined) await this.addresses.forget(a.ip, addressFailedAt);
    return { ok: true, accountId: usable.id, device: knownDeviceToken(usable.id, usable.hash, this.now()) };
  }
}
