export async function register() {
  // The database and sharp exist only in the Node.js runtime; the import stays
  // dynamic so that the edge bundle never sees them.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./db/prepare");
    await prepareDatabase();
  }
}
