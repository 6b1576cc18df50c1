/** One demo article, written for Warta. The seed turns it into rows. */
export type SeedArticle = {
  /** Kanal slug: nasional, internasional, dunia-islam, ekonomi, olahraga, teknologi, gaya-hidup. */
  kanal: string;
  title: string;
  /** Ringkasan: one or two sentences shown under headlines in lists. */
  lead: string;
  /** City in capitals, e.g. "JAKARTA"; the page prints "WARTA.ID, JAKARTA --". */
  dateline: string;
  /** Plain text paragraphs, no HTML. The first one follows the dateline. */
  paragraphs: string[];
  /** 2 to 4 tag names, human spelling ("Timnas Indonesia"). */
  tags: string[];
  /** Staff slugs (see db/seed/staff.ts). */
  reporter: string;
  editor: string;
  photo: {
    /** Describes the picture for screen readers. */
    alt: string;
    /** Caption under the photo. */
    caption: string;
    /** Shown as "Foto: <credit>". */
    credit: string;
  };
  /** Defaults to "published"; a few demo rows show that drafts and future articles stay hidden. */
  status?: "draft" | "scheduled" | "published";
  /** "Tanpa iklan": a story the newsroom keeps free of ads (warnings, disasters, obituaries). */
  noAds?: true;
};
