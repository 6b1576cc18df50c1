import { pickPhotosFromRequest } from "@/server/media-library";

// The photo library as JSON for the picker dialog (components/admin/MediaPicker.tsx); staff only.
export const GET = (request: Request) => pickPhotosFromRequest(request);
