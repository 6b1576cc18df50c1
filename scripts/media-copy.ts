// `npm run media:copy [-- --from data/media]`: copies an existing MEDIA_DIR (the default) into the
// S3 bucket of S3_BUCKET/S3_ENDPOINT/S3_REGION, reads every object back to check its size and
// SHA-256, prints the counts, and exits non-zero when any object differs. Safe to run again:
// objects already there with the same bytes are not written twice.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { siteConfig } from "@/lib/config";
import { copyMediaStore } from "@/lib/media/copy";
import { localMediaStore } from "@/lib/media/local";
import { s3MediaStore } from "@/lib/media/s3";

async function main() {
  const { values } = parseArgs({ options: { from: { type: "string" } } });
  const from = values.from ?? siteConfig.mediaDir;
  if (!siteConfig.s3) throw new Error("S3_BUCKET belum diisi: tentukan bucket tujuan (dan S3_ENDPOINT untuk MinIO, R2 dan sejenisnya).");
  if (!existsSync(from)) throw new Error(`Folder media tidak ditemukan: ${from}`);
  const started = Date.now();
  const report = await copyMediaStore(localMediaStore(from), s3MediaStore(siteConfig.s3), (done) => {
    if (done % 200 < 8) console.log(`… ${done} berkas`);
  });
  for (const path of report.mismatched) console.error(`BEDA: ${path}`);
  console.log(
    `${from} -> s3://${siteConfig.s3.bucket}: ${report.files} berkas, ${report.copied} disalin, ${report.present} sudah ada, ` +
      `${(report.bytes / 1e6).toFixed(1)} MB, ${report.mismatched.length} beda (${Date.now() - started} ms).`,
  );
  if (report.mismatched.length > 0) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
