// PNG pictures of a layout: the ZPL rendered by Zebrash (zpl-renderer-js, WebAssembly), so a PNG
// shows exactly what a Zebra would print. Chosen over rasterizing the PDF with pdftoppm because it
// needs no program installed next to the app. The 8 MB module is loaded on first use only.
import { createRequire } from 'node:module';
import type { LabelLayout } from '../../../shared/domain/label/label-layout.ts';
import { toZpl } from './zpl.ts';

type ZplRenderer = typeof import('zpl-renderer-js');
type ZplApi = Awaited<ZplRenderer['ready']>['api'];
let api: Promise<ZplApi> | null = null;

function zebrash(): Promise<ZplApi> {
  // Its CommonJS build, required on first use: loads the inlined WebAssembly only when a PNG is asked for.
  api ??= (createRequire(import.meta.url)('zpl-renderer-js') as ZplRenderer).ready.then(
    (module) => module.api,
  );
  return api;
}

/** One PNG per page, at the layout's resolution. */
export async function toPng(layout: LabelLayout): Promise<Buffer[]> {
  const renderer = await zebrash();
  const dotsPerMm = layout.dpi / 25.4;
  const images: Buffer[] = [];
  for (const page of layout.pages) {
    const zpl = toZpl({ ...layout, pages: [page] });
    const base64 = await renderer.zplToBase64Async(
      zpl,
      layout.widthDots / dotsPerMm,
      page.lengthDots / dotsPerMm,
      Math.round(dotsPerMm),
    );
    images.push(Buffer.from(base64, 'base64'));
  }
  return images;
}
