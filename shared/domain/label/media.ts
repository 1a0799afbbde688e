// The paper a label or packing slip is laid out for, in printer dots. Printable widths are what the
// printers really reach: a 4×6 in Zebra label edge to edge, 72 mm on an 80 mm ESC/POS roll, 58 mm on a
// 62 mm roll (Brother QL / 58 mm-class receipt printers), the full A4 and Letter sheet for PDF.

export type MediaId = 'label-4x6' | 'roll-62mm' | 'roll-80mm' | 'a4' | 'letter';
export type Dpi = 203 | 300;

export const MEDIA_IDS = [
  'label-4x6',
  'roll-62mm',
  'roll-80mm',
  'a4',
  'letter',
] as const satisfies readonly MediaId[];
export const DPIS = [203, 300] as const satisfies readonly Dpi[];

export interface MediaSpec {
  id: MediaId;
  /** What an operator reads in a settings list. */
  title: string;
  /** Printable width per resolution. */
  widthDots: Record<Dpi, number>;
  /** Page height per resolution, or 'continuous' for a roll cut after the content. */
  heightDots: Record<Dpi, number> | 'continuous';
  /** White space kept at every edge. */
  marginMm: number;
}

export const MEDIA: Record<MediaId, MediaSpec> = {
  'label-4x6': {
    id: 'label-4x6',
    title: '4×6 in label',
    widthDots: { 203: 812, 300: 1200 },
    heightDots: { 203: 1218, 300: 1800 },
    marginMm: 3,
  },
  'roll-62mm': {
    id: 'roll-62mm',
    title: '62 mm continuous roll',
    widthDots: { 203: 464, 300: 685 },
    heightDots: 'continuous',
    marginMm: 1.5,
  },
  'roll-80mm': {
    id: 'roll-80mm',
    title: '80 mm continuous roll',
    widthDots: { 203: 576, 300: 850 },
    heightDots: 'continuous',
    marginMm: 1.5,
  },
  a4: {
    id: 'a4',
    title: 'A4 sheet',
    widthDots: { 203: 1677, 300: 2480 },
    heightDots: { 203: 2375, 300: 3508 },
    marginMm: 12,
  },
  letter: {
    id: 'letter',
    title: 'US Letter sheet',
    widthDots: { 203: 1727, 300: 2550 },
    heightDots: { 203: 2233, 300: 3300 },
    marginMm: 12,
  },
};

/** Millimetres to whole printer dots at `dpi`. */
export function mmToDots(mm: number, dpi: Dpi): number {
  return Math.round((mm * dpi) / 25.4);
}

export function isContinuous(media: MediaId): boolean {
  return MEDIA[media].heightDots === 'continuous';
}
