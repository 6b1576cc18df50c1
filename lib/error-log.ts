/** What Next passes to `onRequestError` besides the error (instrumentation.ts), narrowed to what we log. */
export type ErrorLogRequest = { path: string; method: string };
export type ErrorLogContext = { routePath: string; routeType: string; renderSource?: string; revalidateReason?: string };

export type ErrorLogEntry = {
  time: string;
  level: "error";
  message: string;
  digest?: string;
  method: string;
  path: string;
  route: string;
  routeType: string;
  renderSource?: string;
  revalidateReason?: string;
  stack?: string[];
};

const STACK_LINES = 6;
const MAX_MESSAGE = 500;

/**
 * The request path without its query string: queries carry what readers typed (searches)
 * and, on any route, whatever secrets someone pasted into a link, so they never reach a log.
 * @example logPath("/cari?q=rahasia") // "/cari"
 */
export function logPath(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

function errorParts(err: unknown): { message: string; digest?: string; stack?: string[] } {
  if (err instanceof Error) {
    const digest = (err as Error & { digest?: unknown }).digest;
    // The first line of a stack repeats the message; the frames after it say where.
    const frames = err.stack
      ?.split("\n")
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, STACK_LINES);
    return {
      message: `${err.name}: ${err.message}`.slice(0, MAX_MESSAGE),
      ...(typeof digest === "string" ? { digest } : {}),
      ...(frames?.length ? { stack: frames } : {}),
    };
  }
  return { message: String(err).slice(0, MAX_MESSAGE) };
}

/**
 * One line of JSON for a failed request: enough to find the code (route, stack) and the reader's
 * report (digest, shown on the error page), and nothing about the reader (no headers, cookies or query).
 * @example formatErrorLog(new Error("x"), { path: "/kanal/a?b=c", method: "GET" }, { routePath: "/kanal/[slug]", routeType: "render" }, new Date(0))
 * // '{"time":"1970-01-01T00:00:00.000Z","level":"error","message":"Error: x",…,"path":"/kanal/a",…}'
 */
export function formatErrorLog(err: unknown, request: ErrorLogRequest, context: ErrorLogContext, now: Date): string {
  const { message, digest, stack } = errorParts(err);
  const entry: ErrorLogEntry = {
    time: now.toISOString(),
    level: "error",
    message,
    ...(digest ? { digest } : {}),
    method: request.method,
    path: logPath(request.path),
    route: context.routePath,
    routeType: context.routeType,
    ...(context.renderSource ? { renderSource: context.renderSource } : {}),
    ...(context.revalidateReason ? { revalidateReason: context.revalidateReason } : {}),
    ...(stack ? { stack } : {}),
  };
  // JSON.stringify escapes newlines, so one error is always one line whatever its message holds.
  return JSON.stringify(entry);
}
