import { IndeksNotFoundNotice } from "@/components/indeks/IndeksNotFoundNotice";

// The news index's own 404 (a page past the end of a day): it says what was wrong and offers the date picker.
export default function IndeksNotFound() {
  return <IndeksNotFoundNotice />;
}
