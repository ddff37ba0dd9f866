// Writes the two skill icons (108 and 512 px PNG) that skill.json points at:
// a white medical cross on a teal disc. Run once; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function icon(size) {
  const rows = [];
  const r = size / 2,
    arm = size * 0.12,
    len = size * 0.3;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - r,
        dy = y + 0.5 - r;
      const inDisc = dx * dx + dy * dy <= r * r;
      const inCross = (Math.abs(dx) <= arm && Math.abs(dy) <= len) || (Math.abs(dy) <= arm && Math.abs(dx) <= len);
      const [R, G, B, A] = !inDisc ? [0, 0, 0, 0] : inCross ? [255, 255, 255, 255] : [0, 121, 130, 255];
      row.push(R, G, B, A);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
writeFileSync('skill-package/assets/images/en-US_smallIconUri.png', icon(108));
writeFileSync('skill-package/assets/images/en-US_largeIconUri.png', icon(512));
