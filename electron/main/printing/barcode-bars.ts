// The bars of a Code 128 symbol as bwip-js encodes it (code set B, like the printers' own commands),
// for the targets that draw barcodes themselves (PDF).
import bwipjs from 'bwip-js/node';

export interface Bar {
  /** Offset from the symbol's left edge and width, in modules. */
  x: number;
  width: number;
}

/** Bars of `data` in code set B; the gaps between them are the spaces. */
export function code128Bars(data: string): { bars: Bar[]; modules: number } {
  // newencoder + suppressc: BWIPP's encoder without code set C, so the width matches ^BC ">:" and
  // ESC/POS "{B".
  const [symbol] = bwipjs.raw('code128', data, 'suppressc newencoder');
  if (!symbol || !('sbs' in symbol)) throw new Error(`bwip-js returned no Code 128 symbol for ${data}`);
  const bars: Bar[] = [];
  let x = 0;
  symbol.sbs.forEach((width, index) => {
    if (index % 2 === 0) bars.push({ x, width });
    x += width;
  });
  return { bars, modules: x };
}
