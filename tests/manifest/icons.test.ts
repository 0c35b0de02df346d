// The icons are real PNGs of the sizes the manifest names, drawn as a bullseye.
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations
import { ICON_SIZES, renderIcon } from "../../scripts/make-icons.mjs";

const root = path.resolve(__dirname, "../..");

/** Decodes an 8-bit RGBA PNG without filters (what make-icons writes) into [width, height, pixels]. */
function decode(png: Buffer): { width: number; height: number; px: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  let off = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.subarray(off + 4, off + 8).toString("ascii");
    const data = png.subarray(off + 8, off + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === "IDAT") idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (width * 4 + 1));
  const px = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)];
  return { width, height, px };
}

describe("icons", () => {
  it.each(ICON_SIZES as number[])("assets/icon-%s.png is a %s px bullseye", (size) => {
    const file = readFileSync(path.join(root, "assets", `icon-${size}.png`));
    expect(file.equals(renderIcon(size))).toBe(true);
    const { width, height, px } = decode(file);
    expect([width, height]).toEqual([size, size]);
    const c = Math.floor(size / 2);
    expect(px(0, 0)[3]).toBe(0);
    const centre = px(c, c);
    expect(centre[0]).toBeGreaterThan(150);
    expect(centre[1]).toBeLessThan(100);
    expect(centre[3]).toBe(255);
  });
});
