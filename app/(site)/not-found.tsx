import { NotFoundNotice } from "@/components/shared/NotFoundNotice";

export default function SiteNotFound() {
  return <NotFoundNotice />;
}
