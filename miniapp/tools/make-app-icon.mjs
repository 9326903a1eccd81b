// Draws the app's icon for the H5 build, src/assets/app/favicon.ico: the science hall of the
// 场馆 tab in white on the brand colour (#0b5c7a), on a rounded square, at 16, 32 and 48 px
// (PNG images inside the ICO, as every current browser reads). Run: node tools/make-app-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { coverage, png } from './png.mjs';

const brand = [0x0b, 0x5c, 0x7a];
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inTriangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

// On a 100×100 canvas: the tile, and the hall (pediment, beam, three columns, base) inside it.
const tile = (x, y) => {
  const r = 20;
  const cx = Math.min(Math.max(x, r), 100 - r);
  const cy = Math.min(Math.max(y, r), 100 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
};
const hall = (x, y) =>
  inTriangle(x, y, [50, 14], [14, 38], [86, 38]) ||
  inRect(x, y, 18, 41, 82, 47) ||
  [22, 44, 66].some((cx) => inRect(x, y, cx, 50, cx + 12, 72)) ||
  inRect(x, y, 14, 75, 86, 84);

function image(size) {
  const scale = 100 / size;
  return png(size, (x, y) => {
    const at = (inside) => coverage((px, py) => inside(px * scale, py * scale), x, y);
    const white = at(hall);
    const mix = (c) => Math.round(c + (255 - c) * white);
    return [mix(brand[0]), mix(brand[1]), mix(brand[2]), Math.round(at(tile) * 255)];
  });
}

const sizes = [16, 32, 48];
const images = sizes.map(image);
const header = Buffer.alloc(6 + 16 * sizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // an icon
header.writeUInt16LE(sizes.length, 4);
let offset = header.length;
sizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(images[i].length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += images[i].length;
});

const out = new URL('../src/assets/app/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('favicon.ico', out), Buffer.concat([header, ...images]));
