// Next.js resolves `import "server-only"` itself (next/dist/compiled/server-only): an error in a
// browser bundle, nothing on the server. The module has no exports; this lets TypeScript agree.
declare module "server-only";
