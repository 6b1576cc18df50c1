/**
 * Whether every segment of a raw (still percent-encoded) path decodes to text. `%FF` or `%C3%28`
 * are not UTF-8: Next fails on them with a bare "Internal Server Error" before any page runs,
 * so proxy.ts checks first and answers badAddressResponse() instead.
 * @example isDecodablePath("/kanal/ekonomi%20bisnis") // true
 * @example isDecodablePath("/kanal/%FF") // false
 */
export function isDecodablePath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return false;
    }
  }
  return true;
}

const BAD_ADDRESS_PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Alamat tidak valid</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a}a{color:#b91c1c}</style>
</head><body><h1>Alamat tidak valid</h1>
<p>Alamat halaman ini memuat karakter yang tidak dapat dibaca, sehingga halaman tidak ditemukan. Periksa kembali tautannya.</p>
<p><a href="/">Kembali ke beranda</a></p></body></html>`;

/** 400 with a short page in Indonesian: the address itself is malformed, so no page of the site can answer it. */
export function badAddressResponse(): Response {
  return new Response(BAD_ADDRESS_PAGE, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}
