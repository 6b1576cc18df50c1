/**
 * "LANGSUNG": the story is a live report that still runs. Inline and of fixed size, so a card or a
 * header with it lays out the same on the server and in the browser.
 */
export function LiveBadge() {
  return (
    <span className="mr-2 inline-block rounded-sm bg-red-700 px-1.5 py-0.5 align-middle text-[0.7rem] font-bold uppercase leading-none tracking-wide text-white" data-live-badge="">
      LANGSUNG
    </span>
  );
}
