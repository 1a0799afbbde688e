// Pictures of a PDF's pages, drawn from its bytes by PDF.js (pdfjs-dist) on a Skia canvas
// (@napi-rs/canvas): the preview of a PDF printer's document is the very file it gets, in its own
// embedded DejaVu fonts. Both load on first use only.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

interface NodeCanvas {
  toBuffer(mime: 'image/png'): Buffer;
}

/** One PNG per page of `pdf`, at `dpi`. */
export async function pdfToPngs(pdf: Buffer, dpi: number): Promise<Buffer[]> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const images: Buffer[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: dpi / 72 });
      // PDF.js's Node canvas factory hands out @napi-rs/canvas canvases.
      const factory = doc.canvasFactory as {
        create(width: number, height: number): { canvas: NodeCanvas; context: unknown };
      };
      const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
      type RenderParameters = Parameters<typeof page.render>[0];
      await page.render({ canvas, canvasContext: context, viewport } as unknown as RenderParameters).promise;
      images.push(canvas.toBuffer('image/png'));
    }
    return images;
  } finally {
    await doc.destroy();
  }
}
