#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80 and logo-filled.png):
 * a white "Đ" (đồng, dự toán) on Excel's green, as a rounded square. Plain Node:
 * shapes are measured in the unit square and each pixel is supersampled 4×4 for
 * smooth edges, then written as an RGBA PNG with zlib. Run: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];

const inRoundedSquare = (x, y) => {
  const m = 0.03,
    r = 0.2;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
};
const inEllipse = (x, y, cx, cy, rx, ry) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** The letter Đ: a D (stem and bowl, hollow) with a bar across the stem. */
function inGlyph(x, y) {
  const outer = inRect(x, y, 0.3, 0.19, 0.46, 0.81) || (x >= 0.46 && inEllipse(x, y, 0.46, 0.5, 0.27, 0.31));
  const inner = inRect(x, y, 0.41, 0.3, 0.46, 0.7) || (x >= 0.46 && inEllipse(x, y, 0.46, 0.5, 0.16, 0.2));
  const bar = inRect(x, y, 0.2, 0.455, 0.5, 0.545);
  return (outer && !inner) || bar;
}

function draw(size) {
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0,
        glyph = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!inRoundedSquare(x, y)) continue;
          cover++;
          if (inGlyph(x, y)) glyph++;
        }
      }
      const i = (py * size + px) * 4;
      const t = cover ? glyph / cover : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - t) + WHITE[c] * t);
      rgba[i + 3] = Math.round((255 * cover) / (S * S));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA image as PNG bytes (8 bits per channel, no interlace, filter 0 on every row). */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const [name, size] of [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["logo-filled.png", 300],
]) {
  fs.writeFileSync(path.join(out, name), png(size, draw(size)));
  console.log(`assets/${name} ${size}×${size}`);
}
