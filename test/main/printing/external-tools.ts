// Checking our output with tools we did not write: Zebrash (zpl-renderer-js) renders ZPL to PNG,
// poppler's pdftoppm/pdftotext render and read PDFs, ZXing (zxing-wasm) decodes the barcodes.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { LabelLayout } from '../../../shared/domain/label/label-layout.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

let zxingReady = false;
function zxing(): void {
  if (zxingReady) return;
  // In Node the reader would download its wasm; give it the package's own file instead.
  const wasm = require('node:fs').readFileSync(
    require.resolve('zxing-wasm/reader/zxing_reader.wasm'),
  ) as Buffer;
  prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer,
    },
    fireImmediately: true,
  });
  zxingReady = true;
}

/** The Code 128 symbols ZXing finds in a PNG. */
export async function decodeCode128(png: Buffer): Promise<string[]> {
  zxing();
  const results = await readBarcodes(new Uint8Array(png), { formats: ['Code128'], tryHarder: true });
  return results.filter((r) => r.isValid).map((r) => r.text);
}

/** Zebrash's picture of one ^XA…^XZ format at the layout's size and resolution. */
export async function renderZpl(zpl: string, layout: LabelLayout, lengthDots: number): Promise<Buffer> {
  const { api } = await (require('zpl-renderer-js') as typeof import('zpl-renderer-js')).ready;
  const dotsPerMm = layout.dpi / 25.4;
  const base64 = await api.zplToBase64Async(
    zpl,
    layout.widthDots / dotsPerMm,
    lengthDots / dotsPerMm,
    Math.round(dotsPerMm),
  );
  return Buffer.from(base64, 'base64');
}

async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'packing-station-pdf-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every page of a PDF as a PNG, by poppler's pdftoppm. */
export function pdfToPngs(pdf: Buffer, dpi = 203): Promise<Buffer[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', ['-png', '-r', String(dpi), join(dir, 'in.pdf'), join(dir, 'page')]);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    return Promise.all(files.map((f) => readFile(join(dir, f))));
  });
}

/** The text of a PDF, by poppler's pdftotext (UTF-8). */
export function pdfToText(pdf: Buffer): Promise<string> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', join(dir, 'in.pdf'), '-']);
    return stdout;
  });
}

/** Pixel width and height of a PNG (from its IHDR). */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The Code 128 symbols zbar's zbarimg finds in a PNG (a second decoder, next to ZXing). */
export function zbarCode128(png: Buffer): Promise<string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'in.png'), png);
    const { stdout } = await run('zbarimg', [
      '--quiet',
      '--raw',
      '-Sdisable',
      '-Scode128.enable',
      join(dir, 'in.png'),
    ]).catch((error: { code?: number; stdout?: string }) => {
      // Exit status 4: the picture held no symbol zbar could read.
      if (error.code === 4) return { stdout: '' };
      throw error;
    });
    return stdout.split('\n').filter((line) => line !== '');
  });
}
