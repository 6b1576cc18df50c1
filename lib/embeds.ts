/**
 * Typed embeds in a story body: `<div data-embed="<provider>" data-id="<id>">`, never the provider's HTML.
 * (Placeholder until the embed renderer lands: returns the body unchanged.)
 */
export function expandEmbeds(html: string): string {
  return html;
}
