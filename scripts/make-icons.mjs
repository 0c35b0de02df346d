// Draws the add-in's icons (a bullseye: target rings with a centre dot) as real PNGs, using zlib only.
// Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const RED = [200, 35, 45];
const WHITE = [255, 255, 255];

// CRC-32 as PNG chunks require it.
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

/** RGBA colour of a point in the unit square: rings alternate red and white out to radius 0.5. */
function colourAt(x, y) {
  const r = Math.hypot(x - 0.5, y - 0.5);
  if (r > 0.48) return null;
  const ring = Math.floor(r / 0.12);
  return ring % 2 === 0 ? RED : WHITE;
}

/** Renders one size with 4×4 supersampling so small icons keep smooth rings. */
export function renderIcon(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const c = colourAt((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
        if (!c) continue;
        r += c[0]; g += c[1]; b += c[2]; a += 1;
      }
      const o = row + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const out = process.argv[2] ?? "assets";
  mkdirSync(out, { recursive: true });
  for (const s of ICON_SIZES) {
    writeFileSync(path.join(out, `icon-${s}.png`), renderIcon(s));
    console.log(`${path.join(out, `icon-${s}.png`)}`);
  }
}
