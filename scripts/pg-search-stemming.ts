// Measures whether PostgreSQL's `indonesian` snowball stemmer would serve Warta's readers better
// than the `warta` configuration (simple + unaccent, prefix matching as typed) that search uses.
// Run: npx tsx scripts/pg-search-stemming.ts  (starts a throwaway cluster; needs PostgreSQL 15+).
// It loads the seed's stories and prints (1) which of the seed's words the stemmer merges into one
// stem, and (2) for typical reader queries, what each configuration finds and why.
import pg from "pg";
import { seedArticles } from "../db/seed";
import { migratePostgres } from "../db/pg/migrate";
import { clusterUrl, startCluster, stopCluster } from "../db/testing/pg-cluster";

const QUERIES = [
  "pemerintah",
  "kebijakan",
  "pendidikan",
  "pertanian",
  "perumahan",
  "pembangunan",
  "kesehatan",
  "penerbangan",
  "permainan",
  "pemain",
  "pelajar",
  "harga",
  "banjir",
  "pemilu",
  "keamanan",
  "perdagangan",
];

// Words a reader would not want merged: each pair means different things.
const FALSE_FRIENDS = [
  ["pemerintah", "perintah"],
  ["peringkat", "meningkat"],
  ["perbaikan", "terbaik"],
  ["pendapatan", "dapat"],
  ["terbarukan", "baru"],
  ["kebijakan", "bijak"],
  ["pelajar", "ajaran"],
  ["pertanian", "petani"],
];
// Half-typed words, as the search box sends them while a reader types.
const PARTIALS = ["pemerin", "kebija", "pendidik", "terinteg", "pemil", "kesehat", "pelatih", "penerba"];

async function main(): Promise<void> {
  const cluster = startCluster({ ports: [5445, 5446, 5447] });
  // Also when the output is cut short (`| head`): the write error ends the process.
  process.once("exit", () => stopCluster(cluster));
  const client = new pg.Client({ connectionString: clusterUrl(cluster, "postgres") });
  try {
    await client.connect();
    const pool = new pg.Pool({ connectionString: clusterUrl(cluster, "postgres"), max: 1 });
    await migratePostgres(pool);
    await pool.end();
    await client.query(`
      CREATE TEXT SEARCH CONFIGURATION warta_id (COPY = pg_catalog.indonesian);
      ALTER TEXT SEARCH CONFIGURATION warta_id ALTER MAPPING FOR word, hword, hword_part WITH unaccent, indonesian_stem;
      CREATE TABLE stories (id int PRIMARY KEY, title text, body text);`);
    for (const [i, a] of seedArticles.entries()) {
      await client.query("INSERT INTO stories VALUES ($1, $2, $3)", [i + 1, a.title, [a.lead, ...a.paragraphs].join("\n")]);
    }

    // (1) Words of the seed that the stemmer merges.
    const words = await client.query<{ word: string; stem: string }>(`
      SELECT s.word, coalesce((ts_lexize('indonesian_stem', s.word))[1], s.word) AS stem
        FROM ts_stat('SELECT to_tsvector(''warta'', title || '' '' || body) FROM stories') s
       WHERE s.word ~ '^[a-z]+$'`);
    const groups = new Map<string, string[]>();
    for (const { word, stem } of words.rows) groups.set(stem, [...(groups.get(stem) ?? []), word]);
    const merged = [...groups].filter(([, w]) => w.length > 1).sort((a, b) => b[1].length - a[1].length);
    console.log(`Kata berbeda di seed: ${words.rowCount}; akar indonesian: ${groups.size}; akar yang menggabungkan >1 kata: ${merged.length}`);
    for (const [stem, w] of merged.slice(0, 25)) console.log(`  ${stem.padEnd(12)} ← ${w.sort().join(", ")}`);

    console.log("\nPasangan kata yang berbeda makna: akar indonesian-nya");
    for (const [a, b] of FALSE_FRIENDS) {
      const { rows } = await client.query<{ a: string; b: string }>(
        "SELECT (ts_lexize('indonesian_stem', $1))[1] AS a, (ts_lexize('indonesian_stem', $2))[1] AS b",
        [a, b],
      );
      console.log(`  ${a} → ${rows[0].a}, ${b} → ${rows[0].b}${rows[0].a === rows[0].b ? "  DIGABUNG" : ""}`);
    }

    console.log("\nKata setengah diketik (prefiks): warta vs indonesian");
    for (const q of PARTIALS) {
      const { rows } = await client.query<{ simple: number; stem: number; lexeme: string }>(
        `SELECT count(*) FILTER (WHERE to_tsvector('warta', title || ' ' || body) @@ to_tsquery('warta', $1 || ':*'))::int AS simple,
                count(*) FILTER (WHERE to_tsvector('warta_id', title || ' ' || body) @@ to_tsquery('warta_id', $1 || ':*'))::int AS stem,
                to_tsquery('warta_id', $1 || ':*')::text AS lexeme
           FROM stories`,
        [q],
      );
      console.log(`  ${q.padEnd(10)} warta ${String(rows[0].simple).padStart(3)}   indonesian ${String(rows[0].stem).padStart(3)} (dicari sebagai ${rows[0].lexeme})`);
    }

    // (2) Reader queries: simple + unaccent with prefix (as search does) against the stemmer.
    console.log("\nkueri          warta(prefiks)  indonesian  hanya-indonesian: kata yang membuatnya cocok");
    for (const q of QUERIES) {
      const found = await client.query<{ id: number; simple: boolean; stem: boolean }>(
        `SELECT id, to_tsvector('warta', title || ' ' || body) @@ to_tsquery('warta', $1 || ':*') AS simple,
                to_tsvector('warta_id', title || ' ' || body) @@ plainto_tsquery('warta_id', $1) AS stem
           FROM stories`,
        [q],
      );
      const simple = found.rows.filter((r) => r.simple).length;
      const stem = found.rows.filter((r) => r.stem).length;
      const extra = found.rows.filter((r) => r.stem && !r.simple).map((r) => r.id);
      const why = extra.length
        ? await client.query<{ word: string }>(
            `SELECT DISTINCT s.word FROM ts_stat($1) s
              WHERE to_tsvector('warta_id', s.word) @@ plainto_tsquery('warta_id', $2) AND s.word NOT LIKE $2 || '%' ORDER BY 1`,
            [`SELECT to_tsvector('warta', title || ' ' || body) FROM stories WHERE id IN (${extra.join(",")})`, q],
          )
        : { rows: [] };
      const missed = found.rows.filter((r) => r.simple && !r.stem).length;
      console.log(
        `${q.padEnd(15)}${String(simple).padStart(6)}${String(stem).padStart(14)}   +${extra.length} −${missed}: ${why.rows.map((r) => r.word).join(", ")}`,
      );
    }
  } finally {
    await client.end().catch(() => {});
    stopCluster(cluster);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
