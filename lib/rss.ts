import { toRfc822Wib } from "./wib";
import { xmlAttrs, xmlElement } from "./xml";

export type RssChannel = {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  description: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  imageUrl: string;
  lastBuildDate: Date;
};

export type RssItem = {
  title: string;
  link: string;
  /** Stable across headline changes, unlike link. */
  guid: string;
  /** The full lead (ringkasan), as plain text. */
  description: string;
  pubDate: Date;
  author: string | null;
  categories: string[];
  image: {
    url: string;
    type: string;
    width: number;
    height: number;
    /** File size in bytes; the enclosure is left out when it is unknown, as RSS requires it. */
    length: number | null;
    caption: string;
    credit: string;
  } | null;
};

const NAMESPACES = {
  version: "2.0",
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "xmlns:media": "http://search.yahoo.com/mrss/",
};

function renderItem(item: RssItem): string {
  const image = item.image;
  const media = image
    ? `<media:content${xmlAttrs({ url: image.url, type: image.type, medium: "image", width: image.width, height: image.height })}>` +
      xmlElement("media:description", image.caption) +
      xmlElement("media:credit", image.credit) +
      "</media:content>"
    : "";
  const enclosure = image && image.length ? `<enclosure${xmlAttrs({ url: image.url, length: image.length, type: image.type })}/>` : "";
  return (
    "<item>" +
    xmlElement("title", item.title) +
    xmlElement("link", item.link) +
    xmlElement("guid", item.guid, { isPermaLink: "true" }) +
    xmlElement("description", item.description) +
    xmlElement("pubDate", toRfc822Wib(item.pubDate)) +
    // RSS's own <author> must be an e-mail address; Dublin Core carries the reporter's name.
    xmlElement("dc:creator", item.author) +
    item.categories.map((c) => xmlElement("category", c)).join("") +
    enclosure +
    media +
    "</item>"
  );
}

/**
 * An RSS 2.0 document: lead as the description, reporter as dc:creator, the photo as both an
 * enclosure (for podcast-style readers) and a Media RSS element with caption and credit.
 */
export function renderRss(channel: RssChannel, items: RssItem[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<rss${xmlAttrs(NAMESPACES)}><channel>` +
    xmlElement("title", channel.title) +
    xmlElement("link", channel.link) +
    xmlElement("description", channel.description) +
    xmlElement("language", "id") +
    xmlElement("lastBuildDate", toRfc822Wib(channel.lastBuildDate)) +
    xmlElement("generator", "Warta") +
    `<atom:link${xmlAttrs({ href: channel.selfUrl, rel: "self", type: "application/rss+xml" })}/>` +
    "<image>" +
    xmlElement("url", channel.imageUrl) +
    xmlElement("title", channel.title) +
    xmlElement("link", channel.link) +
    "</image>" +
    items.map(renderItem).join("") +
    "</channel></rss>\n"
  );
}
