// Draws assets/icon-{16,32,64,80,128}.png: rising columns on a green tile, the last one orange
// (inference cost outgrowing revenue). Shapes sit on a 16-unit grid so the 16 px icon stays crisp.
// Run: node scripts/commands/make-icons.js
const { crc32 } = require("../release/crc32");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [16, 124, 65]; // Excel green
const WHITE = [255, 255, 255];
const ORANGE = [247, 99, 12]; // Fluent "dark orange"

// In 16-unit coordinates: [x0, y0, x1, y1, colour]
const SHAPES = [
  [3, 10, 5, 13, WHITE],
  [7, 7, 9, 13, WHITE],
  [11, 3, 13, 13, ORANGE],
];
const CORNER = 3; // tile corner radius, in units

function insideTile(u, v) {
  const cx = Math.min(Math.max(u, CORNER), 16 - CORNER);
  const cy = Math.min(Math.max(v, CORNER), 16 - CORNER);
  return (u - cx) ** 2 + (v - cy) ** 2 <= CORNER ** 2;
}

function sample(u, v) {
  if (!insideTile(u, v)) return null;
  for (const [x0, y0, x1, y1, colour] of SHAPES)
    if (u >= x0 && u < x1 && v >= y0 && v < y1) return colour;
  return GREEN;
}

function render(size, shade = sample) {
  const ss = 4; // samples per pixel side
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade(((x + (sx + 0.5) / ss) * 16) / size, ((y + (sy + 0.5) / ss) * 16) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (a) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return rgba;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * The unified manifest's colour icon, 192 × 192: a solid green square (no rounded corners, so no
 * half-transparent pixels) with the columns inside the central 96 × 96 safe area, as the app
 * package's icon guidance asks (learn.microsoft.com: design icons for add-in acquisition).
 */
const SAFE_AREA = { from: 4, to: 12 }; // in 16 units: pixels 48 to 144 of 192
function sampleColour(u, v) {
  const scale = 16 / (SAFE_AREA.to - SAFE_AREA.from);
  const [x, y] = [(u - SAFE_AREA.from) * scale, (v - SAFE_AREA.from) * scale];
  for (const [x0, y0, x1, y1, colour] of SHAPES)
    if (x >= x0 && x < x1 && y >= y0 && y < y1) return colour;
  return GREEN;
}

/**
 * The unified manifest's outline icon: the columns and the tile's edge in white on transparent,
 * 32 × 32 (learn.microsoft.com: the app package's outline icon).
 */
function sampleOutline(u, v) {
  if (!insideTile(u, v)) return null;
  const edge =
    !insideTile(u - 1, v) ||
    !insideTile(u + 1, v) ||
    !insideTile(u, v - 1) ||
    !insideTile(u, v + 1);
  if (edge) return WHITE;
  for (const [x0, y0, x1, y1] of SHAPES) if (u >= x0 && u < x1 && v >= y0 && v < y1) return WHITE;
  return null;
}

if (require.main === module) {
  const write = (name, size, rgba) => {
    const file = path.join(__dirname, "..", "..", "assets", name);
    fs.writeFileSync(file, png(size, rgba));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  };
  for (const size of [16, 32, 64, 80, 128]) write(`icon-${size}.png`, size, render(size));
  // The app package's icons: full colour 192 × 192, and the outline 32 × 32.
  write("color-192.png", 192, render(192, sampleColour));
  write("outline-32.png", 32, render(32, sampleOutline));
}

module.exports = { SAFE_AREA };
