import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findNginx, NGINX_CONF, parseCacheFile, renderNginxConf, testNginxConf, writeNginxConf } from "./nginx";

const source = readFileSync(NGINX_CONF, "utf8");
const base = { listen: 3999, upstream: 3998, dir: "/tmp/x", confDir: "/etc/nginx", brotliModule: null, root: false };

describe("renderNginxConf", () => {
  it("keeps the production file's rules and swaps only ports and system paths", () => {
    const out = renderNginxConf(source, base);
    expect(out).toContain("listen 127.0.0.1:3999 default_server;");
    expect(out).toContain("server 127.0.0.1:3998 max_fails=3 fail_timeout=10s;");
    expect(out).toContain("proxy_cache_path /tmp/x/tmp/warta-pages");
    expect(out).toContain("client_body_temp_path /tmp/x/tmp/body;");
    // The compressing server's socket, at both ends.
    expect(out.match(/unix:\/tmp\/x\/compress\.sock;/g)).toHaveLength(2);
    expect(out).not.toMatch(/listen \[::\]|listen 80|\/var\/|\/run\/|modules-enabled|user www-data/);
    // The rules themselves are untouched.
    for (const rule of ["proxy_cache_lock on;", "proxy_cache_background_update on;", "proxy_set_header X-Forwarded-For $remote_addr;"]) {
      expect(out).toContain(rule);
    }
  });

  it("loads brotli only when given the module, and runs workers as root only for a root master", () => {
    const with_ = renderNginxConf(source, { ...base, brotliModule: "/m/ngx_http_brotli_filter_module.so", root: true });
    expect(with_).toContain("load_module /m/ngx_http_brotli_filter_module.so;");
    expect(with_).toContain("user root;");
    expect(renderNginxConf(source, base)).not.toContain("load_module");
  });

  it("fails loudly when a line it must swap has changed", () => {
    expect(() => renderNginxConf(source.replace("server 127.0.0.1:3000 max_fails", "server 127.0.0.1:3001 max_fails"), base)).toThrow(/3000/);
  });

  it("puts several app servers in the upstream, each with the passive health check, and retries only GET and HEAD", () => {
    const out = renderNginxConf(source, { ...base, upstream: [4001, 4002, 4003] });
    const upstream = /upstream warta \{([^}]*)\}/.exec(out)![1];
    expect(upstream.match(/^\s*server [^;]*;/gm)?.map((l) => l.trim())).toEqual([
      "server 127.0.0.1:4001 max_fails=3 fail_timeout=10s;",
      "server 127.0.0.1:4002 max_fails=3 fail_timeout=10s;",
      "server 127.0.0.1:4003 max_fails=3 fail_timeout=10s;",
    ]);
    expect(out).toContain("proxy_next_upstream error timeout http_502 http_503 http_504;");
    // nginx retries a POST only when told non_idempotent: it must never be.
    expect(out.replace(/#.*$/gm, "")).not.toContain("non_idempotent");
  });

  it("turns the page cache off only when asked, for the benchmark", () => {
    expect(renderNginxConf(source, base)).toContain("proxy_cache warta_pages;");
    const off = renderNginxConf(source, { ...base, pageCache: false });
    expect(off).not.toContain("proxy_cache warta_pages;");
    expect(off).toContain("proxy_cache off;");
  });
});

describe("parseCacheFile", () => {
  it("reads the key, the stored headers and the body of a proxy cache file", () => {
    const body = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x0d, 0x0a, 0x0d, 0x0a, 0xff]);
    const file = Buffer.concat([
      Buffer.alloc(0x150, 0), // nginx's binary header (times, etag, vary)
      Buffer.from("\nKEY: http://127.0.0.1/berita/abc/judul||||||gzip\n"),
      Buffer.from("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nVary: Accept-Encoding\r\nVary: rsc\r\nContent-Encoding: gzip\r\n\r\n"),
      body,
    ]);
    expect(parseCacheFile(file)).toEqual({
      key: "http://127.0.0.1/berita/abc/judul||||||gzip",
      headers: { "content-type": "text/html", vary: "Accept-Encoding, rsc", "content-encoding": "gzip" },
      body,
    });
  });

  it("gives null for a file that is not a cache entry", () => {
    expect(parseCacheFile(Buffer.from("HTTP/1.1 200 OK\r\n\r\n"))).toBeNull();
  });
});

// The real check: nginx itself accepts the file, with and without brotli. CI installs nginx.
const nginx = findNginx();
describe.skipIf(!nginx && !process.env.CI)("nginx -t", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  for (const brotli of [false, true]) {
    it(`accepts deploy/nginx.conf ${brotli ? "with" : "without"} brotli`, () => {
      expect(nginx, "nginx is not installed").not.toBeNull();
      if (brotli && !nginx!.brotliModule) return;
      const dir = mkdtempSync(join(tmpdir(), "warta-nginx-t-"));
      dirs.push(dir);
      const file = writeNginxConf(nginx!, { listen: 3999, upstream: 3998, dir, brotli });
      expect(readFileSync(file, "utf8").includes("load_module")).toBe(brotli);
      expect(testNginxConf(nginx!, dir, file)).toBeNull();
    });
  }
});
