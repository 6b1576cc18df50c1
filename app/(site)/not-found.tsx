import { NotFoundNotice } from "@/components/shared/NotFoundNotice";
import { getNotFoundLatest } from "@/server/not-found";

export default async function SiteNotFound() {
  return <NotFoundNotice latest={await getNotFoundLatest()} />;
}
