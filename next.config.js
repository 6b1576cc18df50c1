/** @type {import('next').NextConfig} */
const nextConfig = {
  // Reader pages need no "X-Powered-By" advertising the stack.
  poweredByHeader: false,
  // better-sqlite3 and sharp are native modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "sharp"],
};

module.exports = nextConfig;
