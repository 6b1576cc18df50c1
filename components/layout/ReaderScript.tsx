import { adImpressionsPath, viewsPath } from "@/lib/urls";
import { currentReaderScriptPath } from "@/lib/reader-script";

/**
 * public/warta.js: the view beacon and the ad impression counter of every reader page. async, so
 * React puts it in <head> once and the page never waits for it.
 */
export function ReaderScript() {
  return <script src={currentReaderScriptPath()} async data-views={viewsPath} data-ads={adImpressionsPath} />;
}
