// Every icon electron-builder wants, rendered from the one build/icon.svg with resvg: PNGs at 16…1024
// for Linux (build/icons/NxN.png) and the Windows icon.ico (16…256, each entry a PNG, which Windows
// reads since Vista). The outputs are not committed: `npm run dist` runs this before electron-builder.
// `npm run icons [-- OUT_DIR]` (default build/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** An ICO entry stores its size in one byte (0 meaning 256): nothing larger fits. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

const SOURCE = fileURLToPath(new URL('../build/icon.svg', import.meta.url));

export function renderPng(svg: string, size: number): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' });
  return image.render().asPng();
}

/** An ICO file: a 6-byte header, a 16-byte entry per image, then the PNGs one after another. */
export function icoFile(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    if (size > 256) throw new Error(`an ICO entry holds at most 256 px, not ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // width
    entry.writeUInt8(size === 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

/** Writes `outDir`/icons/NxN.png and `outDir`/icon.ico; answers the files written. */
export function writeIcons(outDir: string, svgPath = SOURCE): string[] {
  const svg = readFileSync(svgPath, 'utf8');
  const pngs = new Map(PNG_SIZES.map((size) => [size, renderPng(svg, size)] as const));
  const iconsDir = join(outDir, 'icons');
  mkdirSync(iconsDir, { recursive: true });
  const written: string[] = [];
  for (const [size, png] of pngs) {
    const file = join(iconsDir, `${size}x${size}.png`);
    writeFileSync(file, png);
    written.push(file);
  }
  const ico = join(outDir, 'icon.ico');
  writeFileSync(
    ico,
    icoFile(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) ?? renderPng(svg, size) }))),
  );
  written.push(ico);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../build', import.meta.url)));
  const written = writeIcons(outDir);
  console.log(`${written.length} icons written to ${outDir}`);
}
