// Draws the tab-bar icons (81x81 PNG, as WeChat recommends) as filled shapes (png.mjs).
// Run: node tools/make-tab-icons.mjs
import { writeFileSync } from 'node:fs';
import { coverage, png } from './png.mjs';

const size = 81;
const colors = { normal: [0x4a, 0x5a, 0x66], active: [0x0b, 0x5c, 0x7a] };

const inTriangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

const shapes = {
  home: (x, y) =>
    (inTriangle(x, y, [40.5, 8], [6, 38], [75, 38]) || inRect(x, y, 16, 36, 65, 72)) &&
    !inRect(x, y, 33, 50, 48, 72),
  // A calendar page: binding rings, a header band, and a grid of day squares.
  events: (x, y) => {
    const frame = inRect(x, y, 10, 16, 71, 72) && !inRect(x, y, 15, 31, 66, 67);
    const rings = inRect(x, y, 23, 8, 29, 22) || inRect(x, y, 52, 8, 58, 22);
    const days = [21, 37, 53].some((dx) => [37, 52].some((dy) => inRect(x, y, dx, dy, dx + 8, dy + 8)));
    return frame || rings || days;
  },
  // A policy document: a page with a folded corner and lines of text cut out.
  policy: (x, y) => {
    const page = inRect(x, y, 16, 8, 65, 73) && !(x >= 50 && y <= x - 42);
    const lines = [28, 40, 52].some((ly, i) => inRect(x, y, 24, ly, i === 2 ? 46 : 57, ly + 5));
    return page && !lines;
  },
  // A science hall: a pediment roof, four columns and a stepped base.
  venues: (x, y) => {
    const roof =
      inTriangle(x, y, [40.5, 6], [6, 28], [75, 28]) && !inTriangle(x, y, [40.5, 14], [22, 24], [59, 24]);
    const beam = inRect(x, y, 10, 29, 71, 35);
    const columns = [14, 28, 45, 59].some((cx) => inRect(x, y, cx, 38, cx + 8, 62));
    const base = inRect(x, y, 10, 64, 71, 68) || inRect(x, y, 5, 70, 76, 75);
    return roof || beam || columns || base;
  },
  me: (x, y) =>
    (x - 40.5) ** 2 + (y - 26) ** 2 <= 15 ** 2 ||
    (y <= 74 && ((x - 40.5) / 29) ** 2 + ((y - 76) / 28) ** 2 <= 1),
};

const icon = (inside, [r, g, b]) => png(size, (x, y) => [r, g, b, Math.round(coverage(inside, x, y) * 255)]);

const out = new URL('../src/assets/tab/', import.meta.url);
for (const [name, inside] of Object.entries(shapes)) {
  writeFileSync(new URL(`${name}.png`, out), icon(inside, colors.normal));
  writeFileSync(new URL(`${name}-active.png`, out), icon(inside, colors.active));
}
