/**
 * A photo's focal point: the spot, in percent of its width and height, that every crop keeps in view
 * (cards and square thumbnails through CSS object-position, the 1200×630 share image through sharp).
 * 50/50, the middle, is where a photo without a chosen point is cut.
 */
export type Focus = { x: number; y: number };

export const CENTRE: Focus = { x: 50, y: 50 };

const clamp = (n: number) => Math.min(100, Math.max(0, Math.round(n)));

/**
 * The classes that keep a photo's focal point in view where CSS crops it (object-fit: cover), from
 * app/globals.css: `focal` and one class per axis in steps of 5 %, since the CSP allows no style
 * attribute. Empty for the middle, which is the default.
 * @example focusClass({ focusX: 32, focusY: 70 }) // "focal focus-x-30 focus-y-70"
 */
export function focusClass(photo: { focusX?: number; focusY?: number }): string {
  const x = Math.round(clamp(photo.focusX ?? 50) / 5) * 5;
  const y = Math.round(clamp(photo.focusY ?? 50) / 5) * 5;
  return x === 50 && y === 50 ? "" : `focal focus-x-${x} focus-y-${y}`;
}

/**
 * The rectangle of a `source`-sized picture to cut for a `target` aspect: as large as fits, and
 * placed so the focal point sits as near its middle as the picture's edges allow. This is what
 * CSS object-fit: cover with object-position x% y% shows too, so the share image and the cards agree.
 * @example focalCrop({ width: 1200, height: 675 }, { width: 1, height: 1 }, { x: 0, y: 50 }) // { left: 0, top: 0, width: 675, height: 675 }
 */
export function focalCrop(source: { width: number; height: number }, target: { width: number; height: number }, focus: Focus) {
  const scale = Math.min(source.width / target.width, source.height / target.height);
  const width = Math.min(source.width, Math.round(target.width * scale));
  const height = Math.min(source.height, Math.round(target.height * scale));
  // object-position: p% puts point p% of the overflow to the left: the same rule here.
  const left = Math.round(((source.width - width) * clamp(focus.x)) / 100);
  const top = Math.round(((source.height - height) * clamp(focus.y)) / 100);
  return { left, top, width, height };
}

/**
 * The focal point after an arrow key on the chooser: one percent a press, ten with Shift; null for
 * any other key, so the page keeps its own behaviour for it.
 * @example moveFocus({ x: 50, y: 50 }, "ArrowLeft", true) // { x: 40, y: 50 }
 */
export function moveFocus(focus: Focus, key: string, large = false): Focus | null {
  const step = large ? 10 : 1;
  const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step], Home: [-100, 0], End: [100, 0] };
  const move = moves[key];
  return move ? { x: clamp(focus.x + move[0]), y: clamp(focus.y + move[1]) } : null;
}

/**
 * The focal point where a click landed on the drawn photo.
 * @example focusAt({ left: 10, top: 0, width: 200, height: 100 }, 60, 25) // { x: 25, y: 25 }
 */
export function focusAt(box: { left: number; top: number; width: number; height: number }, clientX: number, clientY: number): Focus {
  return { x: clamp(((clientX - box.left) / box.width) * 100), y: clamp(((clientY - box.top) / box.height) * 100) };
}
