import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { type RedisLink, sharedRedis } from "@/lib/redis/client.mjs";
import { saltDays, type SharedCounts } from "@/lib/views/shared";

// The view and ad counts of every instance, in Redis (docs/view-counting.md, "Several servers").
//
// - A salt per WIB day, drawn by whichever instance asks first (SET NX), gone after two days. It lives in
//   Redis's memory only, as a single server keeps it in its own (Redis runs without snapshots for Warta,
//   or holds the salt a day at most in one).
// - The dedupe window: one key per visitor and story, `warta:seen:<pseudonym>:<id>`, that expires with the window.
// - The counts: a hash per tally, `warta:tally:<name>`, field `<what>` → count (HINCRBY). A beacon is
//   answered only after its count is in Redis, so an instance that dies (even SIGKILL) takes no count with it.
// - The move to the database, by one instance at a time (a lock with an expiry): the hash is renamed to a
//   flush key of its own, listed in `warta:flushing:<name>`; the rows are written; then the key is deleted.
//   A mover that dies after the rename leaves the key listed, and the next mover writes it first. A mover
//   that dies after the database committed but before the delete makes the next one write those counts a
//   second time: counts may be written twice in that one case, never lost.

/** A mover holds the lock this long at most; one that died frees it after this. */
export const DRAIN_LOCK_MS = 60_000;
const SALT_TTL_S = 2 * 24 * 60 * 60;

// KEYS: the seen keys (the first is remembered), the tally. ARGV: window (ms), field.
const COUNT_ONCE = `
local tally = KEYS[#KEYS]
for i = 1, #KEYS - 1 do
  if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
end
redis.call('SET', KEYS[1], '1', 'PX', tonumber(ARGV[1]))
redis.call('HINCRBY', tally, ARGV[2], 1)
return 1
`;

// KEYS: tally, flushing set, new flush key. Renames the tally when it holds anything; answers the flush keys to write.
const TAKE = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[3])
  redis.call('SADD', KEYS[2], KEYS[3])
end
return redis.call('SMEMBERS', KEYS[2])
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export class RedisCounts implements SharedCounts {
  private readonly salts = new Map<string, string>();

  constructor(
    private readonly link: RedisLink,
    private readonly lockMs = DRAIN_LOCK_MS,
  ) {}

  private get client() {
    return this.link.client;
  }

  async saltsAt(now: Date, overlapMs: number): Promise<string[]> {
    return Promise.all(saltDays(now, overlapMs).map((day) => this.salt(day)));
  }

  private async salt(day: string): Promise<string> {
    const known = this.salts.get(day);
    if (known) return known;
    const mine = randomBytes(32).toString("base64url");
    // NX with GET: ours when nobody drew one yet, else the one every instance already uses.
    const theirs = await this.client.set(`warta:salt:${day}`, mine, { condition: "NX", GET: true, expiration: { type: "EX", value: SALT_TTL_S } });
    const salt = theirs ?? mine;
    if (this.salts.size > 4) this.salts.clear();
    this.salts.set(day, salt);
    return salt;
  }

  async countOnce(name: string, field: string, seenKeys: string[], windowMs: number): Promise<boolean> {
    const keys = [...seenKeys.map((k) => `warta:seen:${k}`), `warta:tally:${name}`];
    return (await this.client.eval(COUNT_ONCE, { keys, arguments: [String(windowMs), field] })) === 1;
  }

  async add(name: string, fields: string[]): Promise<void> {
    const multi = this.client.multi();
    for (const field of fields) multi.hIncrBy(`warta:tally:${name}`, field, 1);
    await multi.exec();
  }

  async drain(name: string, write: (counts: Map<string, number>) => Promise<void>): Promise<number> {
    // Redis down: the counts wait there (and new ones are counted locally); nothing to move, nothing to log again.
    if (!this.link.ready) return 0;
    const lock = `warta:lock:${name}`;
    const token = randomUUID();
    if ((await this.client.set(lock, token, { condition: "NX", expiration: { type: "PX", value: this.lockMs } })) !== "OK") return 0;
    try {
      const flushing = `warta:flushing:${name}`;
      const keys = (await this.client.eval(TAKE, { keys: [`warta:tally:${name}`, flushing, `warta:flush:${name}:${token}`] })) as string[];
      let moved = 0;
      for (const key of keys) {
        const counts = new Map(Object.entries(await this.client.hGetAll(key)).map(([field, n]) => [field, Number(n)]));
        if (counts.size > 0) await write(counts);
        await this.client.multi().del(key).sRem(flushing, key).exec();
        for (const n of counts.values()) moved += n;
      }
      return moved;
    } finally {
      await this.client.eval(RELEASE, { keys: [lock], arguments: [token] }).catch(() => undefined);
    }
  }
}

const globalForCounts = globalThis as unknown as { wartaSharedCounts?: RedisCounts | null };

/** The process's shared counts, or null without REDIS_URL (counts stay in this instance's memory). */
export function sharedCounts(): RedisCounts | null {
  if (globalForCounts.wartaSharedCounts === undefined) {
    const link = sharedRedis();
    globalForCounts.wartaSharedCounts = link ? new RedisCounts(link) : null;
  }
  return globalForCounts.wartaSharedCounts;
}
