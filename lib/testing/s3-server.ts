import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { s3MediaStore } from "../media/s3";
import type { MediaStore } from "../media/store";

/** s3rver's fixed credentials: it checks signatures against these. */
export const S3RVER_KEYS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" } as const;

export type TestS3 = {
  endpoint: string;
  bucket: string;
  env: Record<string, string>;
  /** The bucket as a media store, with s3rver's credentials given directly rather than through the environment. */
  store: () => MediaStore;
  stop: () => Promise<void>;
};

/**
 * An S3-compatible server in this process, on loopback, with one empty bucket; its files in a
 * throwaway directory. `port` 0 takes a free one. `env` is what a Warta server needs to use it.
 */
export async function startTestS3(opts: { port?: number; bucket?: string } = {}): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), "warta-s3-"));
  const bucket = opts.bucket ?? "warta-media";
  const server = new S3rver({ address: "127.0.0.1", port: opts.port ?? 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: "us-east-1", ...S3RVER_KEYS },
    store: () => {
      const client = new S3Client({
        region: "us-east-1",
        endpoint,
        forcePathStyle: true,
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
        credentials: { accessKeyId: S3RVER_KEYS.AWS_ACCESS_KEY_ID, secretAccessKey: S3RVER_KEYS.AWS_SECRET_ACCESS_KEY },
      });
      return s3MediaStore({ bucket, endpoint, region: "us-east-1" }, client);
    },
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
