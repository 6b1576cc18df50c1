import { autosaveFromRequest, discardAutosaveFromRequest } from "@/server/article-drafts";

// The article form's autosave (components/admin/useAutosave.ts): keep, and "Buang".
export const POST = (request: Request) => autosaveFromRequest(request);
export const DELETE = (request: Request) => discardAutosaveFromRequest(request);
