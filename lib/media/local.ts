import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { Readable } from "node:stream";
import { etagMatches, type MediaStat, type MediaStore } from "./store";

/** Files below a directory (MEDIA_DIR): the store of a single server. */
export function localMediaStore(dir: string): MediaStore {
  const full = (path: string) => join(dir, path);
  const statOf = async (path: string): Promise<MediaStat | null> => {
    try {
      const s = await stat(full(path));
      // nginx's recipe (mtime and size in hex): the same on every reader of the same directory.
      return s.isFile() ? { size: s.size, etag: `"${Math.floor(s.mtimeMs / 1000).toString(16)}-${s.size.toString(16)}"` } : null;
    } catch {
      return null;
    }
  };
  return {
    kind: "local",
    async put(path, data) {
      await mkdir(dirname(full(path)), { recursive: true });
      await writeFile(full(path), data);
    },
    stat: statOf,
    async read(path) {
      try {
        return await readFile(full(path));
      } catch {
        return null;
      }
    },
    async open(path, ifNoneMatch) {
      const s = await statOf(path);
      if (!s) return null;
      if (etagMatches(ifNoneMatch, s.etag)) return { ...s, notModified: true };
      const body = Readable.toWeb(createReadStream(full(path))) as ReadableStream<Uint8Array>;
      return { ...s, notModified: false, body };
    },
    async remove(paths) {
      await Promise.all(paths.map((path) => rm(full(path), { force: true })));
    },
    async removeFolder(folder) {
      await rm(full(folder), { recursive: true, force: true });
    },
    async *list() {
      let entries;
      try {
        entries = await readdir(dir, { recursive: true, withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (!e.isFile()) continue;
        const abs = join(e.parentPath, e.name);
        yield { path: relative(dir, abs).split(sep).join("/"), size: (await stat(abs)).size };
      }
    },
  };
}
