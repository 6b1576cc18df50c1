import { z } from "zod";

// zod compiles object schemas with `new Function` when it can, and finds out by trying once. In the
// browser that try is refused by the Content-Security-Policy (no 'unsafe-eval') and reported as a
// violation, though zod carries on without it. jitless skips the try; the forms are small either way.
// Every lib module that builds a schema imports z from here, so this runs before any parse.
z.config({ jitless: true });

export { z };
