import { randomBytes } from "node:crypto";
import { Agent, request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { EDITOR_ENV, editorForms, type Fields, postForm, publishFields, withValues } from "./helpers/editor";
import { startPostgresServer, startSpareServer } from "./helpers/server";

// Runs in the "durability" project only (playwright.config.ts), on servers of its own
// (E2E_PORT + 6): it kills them. Once on SQLite and once on PostgreSQL (a throwaway cluster
// that keeps running while the portal is killed), one after the other.

/** What the test needs of a server, whichever engine it runs on. */
type Victim = {
  url: string;
  query<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  stop(signal: NodeJS.Signals): Promise<number | null>;
  restart(): Promise<void>;
  /** The engine's own check that the database is whole after the kill. */
  checkIntact(): Promise<void>;
  dispose(): Promise<void>;
};

async function startVictim(engine: "sqlite" | "postgres", env: Record<string, string>): Promise<Victim> {
  if (engine === "postgres") {
    const server = await startPostgresServer({ portOffset: 6, env });
    // PostgreSQL itself was not killed: its own crash safety is not what this test is about.
    return { ...server, checkIntact: async () => {} };
  }
  const server = await startSpareServer({ portOffset: 6, env });
  return {
    url: server.url,
    query: async (sql, ...params) => server.query(sql, ...params),
    stop: (signal) => server.stop(signal),
    restart: () => server.restart(),
    checkIntact: async () => expect(server.query("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]),
    dispose: () => server.dispose(),
  };
}

const READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

test.describe("data that survives", () => {
  // Serial: both use E2E_PORT + 6, and two at once would compete for the machine's two cores.
  test.describe.configure({ timeout: 300_000, mode: "serial" });

  for (const engine of ["sqlite", "postgres"] as const) {
    test(`${engine}: a SIGKILL in the middle of 1,000 acknowledged writes loses none of them`, async ({ browser }) => {
      const run = randomBytes(3).toString("hex");
      const server = await startVictim(engine, { ...EDITOR_ENV, VIEW_FLUSH_MS: "50" });
      try {
        const { cookie, create, kanal, own: ownStories } = await editorForms(browser, server.url, { run, ownStories: 4 });
        const stories = await server.query<{ id: number; public_id: string }>(
          "SELECT id, public_id FROM articles WHERE status = 'published' ORDER BY published_at DESC, id DESC LIMIT 2",
        );
        // sum() is a bigint (text) on PostgreSQL.
        const viewSum = async () =>
          Number((await server.query<{ n: unknown }>(`SELECT sum(views) AS n FROM article_views WHERE article_id IN (${stories.map((s) => s.id).join(",")})`))[0].n ?? 0);
        const viewsBefore = await viewSum();

        let stopping = false;
        let inFlight = 0;
        const post = async (path: string, fields: Fields): Promise<string | null> => {
          inFlight++;
          try {
            const { status, savedAt } = await postForm(server.url, path, fields, cookie);
            if (!savedAt && !stopping) throw new Error(`POST ${path} answered ${status}`);
            return savedAt;
          } catch (err) {
            if (stopping) return null;
            throw err;
          } finally {
            inFlight--;
          }
        };

        const created: { id: number; title: string }[] = [];
        const published: number[] = [];
        const edited: { id: number; title: string; version: number }[] = [];
        const editor = async (w: number) => {
          const own = ownStories[w];
          let version = 1;
          for (let k = 0; !stopping; k++) {
            const title = `Berita ketahanan ${run} ${w}-${k}`;
            const story = withValues(create, { judul: title, kanal, status: "draft", ringkasan: `Ringkasan ${title}.`, isi: `<p>Isi ${title}.</p>` });
            const made = await post("/admin/berita/baru", story);
            if (!made) return;
            const id = Number(/berita\/(\d+)/.exec(made)![1]);
            created.push({ id, title });
            if (!(await post(`/admin/berita/${id}`, publishFields(story, id, 1)))) return;
            published.push(id);
            const edit = `Suntingan ${run} ${w}-${k}`;
            if (!(await post(`/admin/berita/${own.id}`, withValues(own.edit, { judul: edit, version: String(version) })))) return;
            version++;
            edited.push({ id: own.id, title: edit, version });
          }
        };

        // Readers: each beacon is a new visitor, so every 202 is a counted view. A view is
        // acknowledged to the newsroom once a flush has committed it, which the poll below sees.
        const agent = new Agent({ keepAlive: true, maxSockets: 20 });
        let accepted = 0;
        let beaconNo = 0;
        const beacon = (story: { public_id: string }) =>
          new Promise<number | null>((resolve) => {
            const req = httpRequest(`${server.url}/api/views?id=${story.public_id}`, {
              method: "POST",
              agent,
              headers: {
                "user-agent": READER,
                // Browsers send Origin with every beacon; the server refuses one without it.
                origin: server.url,
                "x-forwarded-for": `2001:db8:${run}::${(beaconNo++).toString(16)}`,
                "content-length": "0",
              },
            });
            req.on("response", (res) => {
              res.resume();
              res.on("end", () => resolve(res.statusCode!));
            });
            req.on("error", () => resolve(null));
            req.end();
          });
        const reader = async () => {
          while (!stopping) {
            const status = await beacon(stories[beaconNo % 2]);
            if (status === 202) accepted++;
            else if (status === null) return;
            else throw new Error(`beacon answered ${status}`);
          }
        };
        let durableViews = 0;
        let flushesSeen = 0;
        let polling = true;
        const poll = (async () => {
          while (polling) {
            const n = (await viewSum()) - viewsBefore;
            if (n > durableViews) flushesSeen++;
            durableViews = Math.max(durableViews, n);
            await new Promise((done) => setTimeout(done, 100));
          }
        })();

        // 1,000 acknowledged writes: at least 700 saves and publishes, the rest flushed views.
        const saves = () => created.length + published.length + edited.length;
        const streams = Promise.all([...[0, 1, 2, 3].map(editor), ...Array.from({ length: 2 }, reader)]);
        // A stream that fails (a save refused, a 5xx) ends the test at once with its own error.
        const streamsEnded = streams.then(() => {
          if (!stopping) throw new Error("the writers stopped before the kill");
        });
        await Promise.race([
          expect.poll(() => saves() >= 700 && saves() + durableViews >= 1000, { timeout: 240_000, intervals: [50] }).toBe(true),
          streamsEnded,
        ]);
        streamsEnded.catch(() => {}); // from here on, `await streams` below reports a failure
        const pending = inFlight;
        stopping = true;
        expect(await server.stop("SIGKILL")).toBeNull();
        polling = false;
        await poll;
        await streams;
        agent.destroy();

        const figures = `${created.length} stories created, ${published.length} published, ${edited.length} edits, ${durableViews} views flushed in ${flushesSeen} flushes seen (${accepted} beacons accepted); ${pending} admin posts in flight at the kill`;
        test.info().annotations.push({ type: "crash", description: figures });
        console.log(`[durability] ${figures}`);
        expect(pending, "the kill must land while writes are in flight").toBeGreaterThan(0);

        await server.restart();
        await server.checkIntact();
        const titles = new Map((await server.query<{ id: number; title: string }>("SELECT id, title FROM articles")).map((r) => [r.id, r.title]));
        for (const s of created) expect(titles.get(s.id), figures).toBe(s.title);
        const statuses = new Map((await server.query<{ id: number; status: string }>("SELECT id, status FROM articles")).map((r) => [r.id, r.status]));
        for (const id of published) expect(statuses.get(id), `story ${id}`).toBe("published");
        for (const e of edited) {
          const [row] = await server.query<{ data: string }>("SELECT data FROM article_revisions WHERE article_id = ? AND version = ?", e.id, e.version);
          expect(JSON.parse(row?.data ?? "{}").title, `revision ${e.version} of story ${e.id}`).toBe(e.title);
        }
        for (const own of ownStories) {
          const last = edited.filter((e) => e.id === own.id).at(-1)!;
          const [story] = await server.query<{ version: number }>("SELECT version FROM articles WHERE id = ?", own.id);
          // The kill may also have landed after a commit whose redirect never left: one more, never one fewer.
          expect(story.version - last.version).toBeGreaterThanOrEqual(0);
          expect(story.version - last.version).toBeLessThanOrEqual(1);
        }
        const views = (await viewSum()) - viewsBefore;
        expect(views).toBeGreaterThanOrEqual(durableViews);
        expect(views).toBeLessThanOrEqual(accepted);

        // And the portal serves what was saved.
        const last = published.at(-1)!;
        const [story] = await server.query<{ public_id: string; slug: string }>("SELECT public_id, slug FROM articles WHERE id = ?", last);
        expect((await fetch(`${server.url}/berita/${story.public_id}/${story.slug}`)).status).toBe(200);
      } finally {
        await server.dispose();
      }
    });
  }
});
