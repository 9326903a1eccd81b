// Draws the tab-bar icons (81x81 PNG, as WeChat recommends) without an image library:
// filled shapes, 4x4 supersampling for smooth edges. Run: node tools/make-tab-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

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

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

function png(inside, [r, g, b]) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      row.set([r, g, b, Math.round((hits / 16) * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../src/assets/tab/', import.meta.url);
for (const [name, inside] of Object.entries(shapes)) {
  writeFileSync(new URL(`${name}.png`, out), png(inside, colors.normal));
  writeFileSync(new URL(`${name}-active.png`, out), png(inside, colors.active));
}
