/** @type {import('next').NextConfig} */
const nextConfig = {
  // Reader pages need no "X-Powered-By" advertising the stack.
  poweredByHeader: false,
  // better-sqlite3 and sharp are native modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "sharp", "@node-rs/argon2"],
  experimental: {
    // forbidden() answers 403 from admin pages when a role is too small.
    authInterrupts: true,
    // Article saves carry the photo (up to 10 MB) in the form.
    serverActions: { bodySizeLimit: "11mb" },
  },
  async headers() {
    return [
      {
        source: "/admin/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
      // The ad desk's preview frames show this page inside the edit page (same origin only);
      // a later rule for the same header wins over the DENY above.
      {
        source: "/admin/pratinjau-iklan/:path*",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
