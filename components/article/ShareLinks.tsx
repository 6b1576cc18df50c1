import { type ShareLinksOptions, shareLinksHtml } from "@/lib/share-html";

/** A story's share links (lib/share-html.ts makes them, for live updates and gallery photos too). */
export function ShareLinks(props: ShareLinksOptions) {
  return <div className="contents" dangerouslySetInnerHTML={{ __html: shareLinksHtml(props) }} />;
}
