// A server process's view counting, cut down to what its shutdown does: a child process of
// db/engine/postgres-exit.test.ts. It counts `views` views for `articleId` in memory (the flush
// timer would not write them for an hour), says "ready", then either exits at once (`exit`:
// only the exit hook can write them) or waits for the parent's SIGTERM (`sigterm`).
import { addViews, addViewsOnExit } from "../mutations/views";
import { scheduleFlush } from "@/lib/flush-schedule";
import { flushTally, flushTallySync, ViewTally } from "@/lib/views/tally";
import { startEngine } from "../engine";

const [mode, articleId, views] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];

async function main() {
  await startEngine();
  const tally = new ViewTally();
  scheduleFlush(
    "baca",
    {
      flush: async () => (await flushTally(tally, addViews)).length,
      flushOnExit: () => flushTallySync(tally, addViewsOnExit).length,
    },
    3_600_000,
  );
  for (let i = 0; i < views; i++) tally.add(articleId, Date.now());
  console.log("ready");
  if (mode === "exit") process.exit(0);
  setInterval(() => {}, 1000);
}

void main();
