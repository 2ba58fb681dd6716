/* global require, process, console, __dirname, Buffer */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, no build step */
'use strict';

/*
 * Draws build/icon.png (512x512, RGBA): a blue rounded square with a white plug glyph.
 * electron-builder derives the Windows .ico, macOS .icns and Linux sizes from it.
 * No image library: shapes are sampled 4x4 per pixel for smooth edges, then written as a
 * PNG with zlib. Run `node scripts/make-icon.cjs` to regenerate; the output is deterministic.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 512;
const SUB = 4; // subsamples per axis

/** Inside a rounded rectangle? */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inTile(x, y) {
  return inRoundedRect(x, y, 16, 16, SIZE - 16, SIZE - 16, 104);
}

function inPlug(x, y) {
  return (
    inRoundedRect(x, y, 196, 92, 228, 196, 14) || // left prong
    inRoundedRect(x, y, 284, 92, 316, 196, 14) || // right prong
    inRoundedRect(x, y, 150, 176, 362, 312, 48) || // body
    inRoundedRect(x, y, 220, 290, 292, 360, 12) || // strain relief
    inRoundedRect(x, y, 238, 340, 274, 440, 18) // cable
  );
}

function pixel(px, py) {
  let tile = 0;
  let glyph = 0;
  for (let sy = 0; sy < SUB; sy++) {
    for (let sx = 0; sx < SUB; sx++) {
      const x = px + (sx + 0.5) / SUB;
      const y = py + (sy + 0.5) / SUB;
      if (inTile(x, y)) {
        tile++;
        if (inPlug(x, y)) glyph++;
      }
    }
  }
  const n = SUB * SUB;
  const alpha = tile / n;
  if (alpha === 0) return [0, 0, 0, 0];
  const white = glyph / tile;
  // Vertical gradient #3b82f6 -> #1d4ed8 behind the glyph.
  const t = py / SIZE;
  const bg = [0x3b + (0x1d - 0x3b) * t, 0x82 + (0x4e - 0x82) * t, 0xf6 + (0xd8 - 0xf6) * t];
  const rgb = bg.map((c) => Math.round(c + (255 - c) * white));
  return [...rgb, Math.round(alpha * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png() {
  const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'build', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png());
console.log(`wrote ${path.relative(process.cwd(), out)} (${SIZE}x${SIZE})`);
