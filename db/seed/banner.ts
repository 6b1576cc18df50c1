import type { AdSize } from "@/lib/ads/slots";
import { escapeHtml } from "@/lib/html";
import { inkBox } from "./ink";

const FONT = "DejaVu Sans, Arial, sans-serif";
/** Text is measured once at this size and scaled: ink grows in proportion to the font size. */
const REF_PX = 40;
/** Room kept for rounding and hinting at small sizes, on top of the picture's padding. */
const SAFETY = 0.96;
const MAX_LINES = 3;

/** Ink of one line per pixel of font size, from the text's x and baseline. */
type LineInk = { left: number; right: number; ascent: number; descent: number };
type Paragraph = { text: string; weight: number; maxPx: number };
type Option = { lines: string[]; inks: LineInk[]; width: number };
type Placed = { text: string; weight: number; px: number; x: number; y: number; opacity?: number };

const measured = new Map<string, Promise<LineInk>>();

function textEl(t: Placed): string {
  const opacity = t.opacity === undefined ? "" : ` opacity="${t.opacity}"`;
  return `<text x="${t.x}" y="${t.y}" font-family="${FONT}" font-size="${t.px}" font-weight="${t.weight}" fill="#fff"${opacity}>${escapeHtml(t.text)}</text>`;
}

/** Draws the line alone with librsvg, as the picture will be drawn, and reads its ink. */
function measure(text: string, weight: number): Promise<LineInk> {
  const key = `${weight} ${text}`;
  let ink = measured.get(key);
  if (!ink) {
    const [w, h, x, y] = [Math.ceil((text.length + 2) * REF_PX), 3 * REF_PX, REF_PX, 2 * REF_PX];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${textEl({ text, weight, px: REF_PX, x, y })}</svg>`;
    ink = inkBox(svg).then((box) => {
      // Ink touching the canvas edge would be clipped, and the text measured too small.
      if (!box || box.left === 0 || box.top === 0 || box.right === w || box.bottom === h) throw new Error(`Teks iklan contoh tidak terukur: "${text}"`);
      return { left: (box.left - x) / REF_PX, right: (box.right - x) / REF_PX, ascent: (y - box.top) / REF_PX, descent: (box.bottom - y) / REF_PX };
    });
    measured.set(key, ink);
  }
  return ink;
}

/** Every way to cut the words into n lines, in order. */
function cuts(words: string[], n: number): string[][] {
  if (n === 1) return [[words.join(" ")]];
  const out: string[][] = [];
  for (let i = 1; i <= words.length - n + 1; i++) {
    for (const rest of cuts(words.slice(i), n - 1)) out.push([words.slice(0, i).join(" "), ...rest]);
  }
  return out;
}

/** For 1..MAX_LINES lines, the most even cut of the paragraph (the narrowest widest line). */
async function options(p: Paragraph): Promise<Option[]> {
  const words = p.text.split(/\s+/).filter(Boolean);
  const best: Option[] = [];
  for (let n = 1; n <= Math.min(MAX_LINES, words.length); n++) {
    let pick: Option | null = null;
    for (const lines of cuts(words, n)) {
      const inks = await Promise.all(lines.map((l) => measure(l, p.weight)));
      const width = Math.max(...inks.map((i) => i.right - Math.min(0, i.left)));
      if (!pick || width < pick.width) pick = { lines, inks, width };
    }
    best.push(pick!);
  }
  return best;
}

/** Baselines of every line, top to bottom, with the ink top at 0; and the ink's total height. */
function stack(chosen: { option: Option; px: number }[]): { ys: number[]; height: number } {
  const ys: number[] = [];
  let y = 0;
  let below = 0;
  chosen.forEach(({ option, px }, pi) =>
    option.inks.forEach((ink, li) => {
      const above = ink.ascent * px;
      // Lines of a paragraph sit 1.2 em apart, paragraphs a little further; never so close that ink touches.
      y = ys.length === 0 ? above : y + Math.max((li === 0 && pi > 0 ? 1.55 : 1.2) * px, below + above + 2);
      ys.push(y);
      below = ink.descent * px;
    }),
  );
  return { ys, height: y + below };
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Chooses line breaks, one of the boxes, and one scale for every paragraph (so the headline
 * stays the larger), such that the text fits the box: the largest scale wins, then fewer lines.
 */
async function fitBlock(paragraphs: Paragraph[], boxes: Box[]): Promise<Placed[]> {
  const all = await Promise.all(paragraphs.map(options));
  const combos = all.reduce<Option[][]>((acc, opts) => acc.flatMap((c) => opts.map((o) => [...c, o])), [[]]);
  let best: { scale: number; lineCount: number; placed: Placed[] } | null = null;
  for (const box of boxes) {
    for (const combo of combos) {
      let scale = Math.min(1, ...combo.map((o, i) => (box.width * SAFETY) / (o.width * paragraphs[i].maxPx)));
      const at = (s: number) => combo.map((option, i) => ({ option, px: Math.floor(paragraphs[i].maxPx * s) }));
      let { ys, height } = stack(at(scale));
      // Gaps do not scale with the font, so shrink until the block really fits.
      while (height > box.height * SAFETY && scale > 0.2) {
        scale = Math.min(scale - 0.01, (scale * box.height * SAFETY) / height);
        ({ ys, height } = stack(at(scale)));
      }
      if (best && (scale < best.scale || (scale === best.scale && ys.length >= best.lineCount))) continue;
      const top = box.y + (box.height - height) / 2;
      let k = 0;
      const placed: Placed[] = at(scale).flatMap(({ option, px }, i) =>
        option.lines.map((text, li) => ({ text, weight: paragraphs[i].weight, px, x: Math.round(box.x - Math.min(0, option.inks[li].left) * px), y: Math.round(top + ys[k++]) })),
      );
      best = { scale, lineCount: ys.length, placed };
    }
  }
  return best!.placed;
}

/**
 * A house ad's picture at one exact size: headline and line fitted to the picture (measured,
 * so that no word runs off a 320×100 phone picture), and the WARTA mark in the bottom corner.
 */
export async function bannerSvg(ad: { headline?: string; line?: string; color?: string }, size: AdSize): Promise<string> {
  const { width: w, height: h } = size;
  const tall = h >= 200;
  const head = tall ? Math.round(w / 9) : Math.round(h / 3.2);
  const sub = Math.round(head * 0.55);
  const pad = Math.max(10, Math.round(Math.min(w, h) * 0.12));
  const markPx = Math.max(10, Math.round(sub * 0.7));
  const mark = await measure("WARTA", 400);
  const markX = Math.round(w - pad - mark.right * markPx);
  const markY = Math.round(h - pad - mark.descent * markPx);
  // The text keeps clear of the mark: in the column to its left (centred on the whole height,
  // so preferred on a tie), or above it when that lets the text be larger.
  const boxes = [
    { x: pad, y: pad, width: markX - pad - pad, height: h - 2 * pad },
    { x: pad, y: pad, width: w - 2 * pad, height: Math.floor(markY - mark.ascent * markPx - pad / 2 - pad) },
  ];
  const paragraphs = [
    { text: ad.headline ?? "", weight: 700, maxPx: head },
    { text: ad.line ?? "", weight: 400, maxPx: sub },
  ].filter((p) => p.text.trim() !== "");
  const lines = paragraphs.length ? await fitBlock(paragraphs, boxes) : [];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <rect width="${w}" height="${h}" fill="${ad.color ?? "#334155"}"/>
  <circle cx="${w - pad}" cy="${pad}" r="${Math.round(Math.max(w, h) / 3)}" fill="#fff" opacity="0.12"/>
  ${lines.map(textEl).join("\n  ")}
  ${textEl({ text: "WARTA", weight: 400, px: markPx, x: markX, y: markY, opacity: 0.85 })}
</svg>`;
}
