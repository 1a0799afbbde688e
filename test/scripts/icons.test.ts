// `npm run icons` renders build/icon.svg into every size electron-builder packs: real PNGs of the
// right size, and an ICO whose entries point at them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ICO_SIZES, icoFile, PNG_SIZES } from '../../scripts/icons.ts';

const ROOT = join(import.meta.dirname, '../..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const out = mkdtempSync(join(tmpdir(), 'station-icons-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('npm run icons', () => {
  const printed = execFileSync(process.execPath, [join(ROOT, 'scripts/icons.ts'), out], { encoding: 'utf8' });

  it('says in one line what it wrote', () => {
    expect(printed.trim()).toBe(`${PNG_SIZES.length + 1} icons written to ${out}`);
  });

  it('writes a PNG of every size from 16 to 1024 for Linux', () => {
    expect(PNG_SIZES).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const size of PNG_SIZES) {
      expect(pngSize(readFileSync(join(out, 'icons', `${size}x${size}.png`))), `${size}`).toEqual([
        size,
        size,
      ]);
    }
  });

  it('writes a Windows ICO with a PNG entry per size up to 256', () => {
    const ico = readFileSync(join(out, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    ICO_SIZES.forEach((size, index) => {
      const entry = 6 + 16 * index;
      expect(ico.readUInt8(entry), `${size} width byte`).toBe(size === 256 ? 0 : size);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(pngSize(ico.subarray(offset, offset + length)), `${size}`).toEqual([size, size]);
    });
    const last = 6 + 16 * (ICO_SIZES.length - 1);
    expect(ico.readUInt32LE(last + 12) + ico.readUInt32LE(last + 8)).toBe(ico.length);
  });

  it('refuses an ICO entry larger than the format holds', () => {
    expect(() => icoFile([{ size: 512, png: Buffer.alloc(0) }])).toThrow(/at most 256/);
  });

  it('writes where electron-builder.yml looks for the icons, and the generated files stay out of git', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^ {2}icon: build\/icon\.ico$/m);
    expect(yml).toMatch(/^ {2}icon: build\/icons$/m);
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['build/icons/', 'build/icon.ico']));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toMatch(/npm run icons && electron-builder/);
  });
});
