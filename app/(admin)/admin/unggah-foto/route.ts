import { uploadPhotoFromRequest } from "@/server/article-drafts";

// The article form's photo upload with a progress bar (components/admin/PhotoUpload.tsx).
export const POST = (request: Request) => uploadPhotoFromRequest(request);
