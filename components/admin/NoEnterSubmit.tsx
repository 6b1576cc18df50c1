/**
 * Put first in a form: Enter in a one-line field then submits nothing. The browser's implicit
 * submission clicks the form's first submit button, and does nothing when that button is
 * disabled (HTML, "implicit submission"); so it works without JavaScript too. Textareas, the
 * editor and the real buttons keep their Enter.
 */
export function NoEnterSubmit() {
  return <button type="submit" disabled hidden aria-hidden tabIndex={-1} />;
}
