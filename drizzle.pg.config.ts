import { defineConfig } from "drizzle-kit";

// PostgreSQL migrations: `npm run db:generate:pg`. SQLite's stay in drizzle.config.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.pg.ts",
  out: "./db/migrations-pg",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost:5432/warta" },
});
