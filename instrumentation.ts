export async function register() {
  // The database and sharp exist only in the Node.js runtime; the imports stay
  // dynamic so that the edge bundle never sees them.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./db/prepare");
    await prepareDatabase();
    // Starts the view and ad flush timers and the shutdown flush with the server, not with the first beacon.
    const { viewRecorder } = await import("./lib/views/runtime");
    viewRecorder();
    const { adRecorder } = await import("./lib/ads/runtime");
    adRecorder();
  }
}
