import { siteConfig } from "../config";
import { localMediaStore } from "./local";
import { s3MediaStore } from "./s3";
import type { MediaStore } from "./store";

export type { MediaStore } from "./store";

let store: MediaStore | undefined;

/** The media store this server was started with: S3_BUCKET set means the bucket, otherwise MEDIA_DIR. */
export function mediaStore(): MediaStore {
  store ??= siteConfig.s3 ? s3MediaStore(siteConfig.s3) : localMediaStore(siteConfig.mediaDir);
  return store;
}
