// Fitting text into a box, in a fixed order: shrink (down to a minimum size), then wrap, then cut with
// a visible "…" and a truncated flag. Nothing is ever dropped without a mark on the label.
import { labelText } from './label-text.ts';
import { ELLIPSIS, textWidth } from './text-metrics.ts';

export interface FitSpec {
  /** Box width in dots. */
  width: number;
  /** Height the lines may take, in dots. */
  maxHeight: number;
  /** Preferred font size in dots. */
  size: number;
  /** Smallest font size allowed before wrapping. */
  minSize: number;
  /** At most this many lines, however much height there is. */
  maxLines?: number;
  /** Line distance as a multiple of the font size. Default 1.2. */
  lineFactor?: number;
  /** Width of a text in dots at a size: the target's metrics (default: the table for every target). */
  measure?: Measure;
}

export type Measure = (text: string, size: number) => number;

export interface FittedText {
  size: number;
  lineHeight: number;
  lines: string[];
  truncated: boolean;
  /** Which lines end where text was cut (each ends in "…"): what the operator is told about. */
  cutLines: number[];
}

const DEFAULT_LINE_FACTOR = 1.2;

/** Fits one text: see `fitParagraphs`. */
export function fitText(text: string, spec: FitSpec): FittedText {
  return fitParagraphs([text], spec);
}

/**
 * Fits paragraphs (address lines, say) into a box, all at one size. Each paragraph starts on its own
 * line. Shrinks until every paragraph fits on one line; below `minSize` it wraps at `minSize`; when
 * the wrapped lines need more height than there is, each paragraph keeps at least one line (earlier
 * ones get the spare lines) and the cut ones end in "…".
 */
export function fitParagraphs(paragraphs: readonly string[], spec: FitSpec): FittedText {
  const texts = paragraphs.map(labelText).filter((text) => text !== '');
  const factor = spec.lineFactor ?? DEFAULT_LINE_FACTOR;
  const lineHeightAt = (size: number) => Math.round(size * factor);
  const capacityAt = (size: number) => {
    const lines = Math.floor((spec.maxHeight - size) / lineHeightAt(size)) + 1;
    return Math.max(1, Math.min(spec.maxLines ?? Number.POSITIVE_INFINITY, lines));
  };
  const minSize = Math.min(spec.minSize, spec.size);
  const measure = spec.measure ?? textWidth;
  if (texts.length === 0)
    return {
      size: spec.size,
      lineHeight: lineHeightAt(spec.size),
      lines: [],
      truncated: false,
      cutLines: [],
    };

  // 1. Shrink: the largest size at which every paragraph is one line and all lines fit the height
  // (size by size: on a receipt printer width is not proportional to the size).
  const oneLine = (at: number) => texts.every((text) => measure(text, at) <= spec.width);
  let size = spec.size;
  while (size > minSize && (!oneLine(size) || capacityAt(size) < texts.length)) size--;
  if (oneLine(size) && capacityAt(size) >= texts.length) {
    return { size, lineHeight: lineHeightAt(size), lines: texts, truncated: false, cutLines: [] };
  }

  // 2. Wrap at the minimum size.
  size = minSize;
  const wrapped = texts.map((text) => wrapText(text, spec.width, size, measure));
  const capacity = capacityAt(size);
  const needed = wrapped.reduce((sum, lines) => sum + lines.length, 0);
  if (needed <= capacity) {
    return { size, lineHeight: lineHeightAt(size), lines: wrapped.flat(), truncated: false, cutLines: [] };
  }

  // 3. Cut: one line per paragraph first, spare lines to the earlier paragraphs.
  const kept = wrapped.slice(0, capacity);
  let spare = capacity - kept.length;
  const lines: string[] = [];
  const cutLines = new Set<number>();
  kept.forEach((paragraph, index) => {
    const text = texts[index] ?? '';
    const extra = Math.min(paragraph.length - 1, spare);
    spare -= extra;
    const count = 1 + extra;
    if (count >= paragraph.length) {
      lines.push(...paragraph);
    } else {
      const shown = paragraph.slice(0, count - 1);
      lines.push(...shown, withEllipsis(remainderAfter(text, shown), spec.width, size, false, measure));
      cutLines.add(lines.length - 1);
    }
    // Paragraphs that did not fit at all: the last line shown says so.
    const last = lines.length - 1;
    const lastLine = lines[last] ?? '';
    if (index === kept.length - 1 && kept.length < wrapped.length && !lastLine.endsWith(ELLIPSIS)) {
      lines[last] = withEllipsis(lastLine, spec.width, size, true, measure);
      cutLines.add(last);
    }
  });
  return {
    size,
    lineHeight: lineHeightAt(size),
    lines,
    truncated: true,
    cutLines: [...cutLines].sort((a, b) => a - b),
  };
}

/**
 * Greedy word wrap. A word wider than the box is broken after its hyphens first ("Sophie-Charlotte-"),
 * and between characters only where that is not enough.
 */
export function wrapText(text: string, width: number, size: number, measure: Measure = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => measure(candidate, size) <= width;
  for (const word of labelText(text).split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    word.split(/(?<=-)/).forEach((piece, index) => {
      const joined = line === '' || index > 0 ? line + piece : `${line} ${piece}`;
      if (fits(joined)) {
        line = joined;
        return;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const char of piece) {
        if (line !== '' && !fits(line + char)) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    });
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** What is left of `text` after its first wrapped lines (they are consecutive pieces of it). */
function remainderAfter(text: string, lines: readonly string[]): string {
  let position = 0;
  for (const line of lines) {
    position += line.length;
    if (text[position] === ' ') position++;
  }
  return text.slice(position);
}

/**
 * The longest start of `text` that fits with "…" after it. Text that fits whole is returned as is,
 * unless `always` (more followed that is not shown).
 */
export function withEllipsis(
  text: string,
  width: number,
  size: number,
  always = false,
  measure: Measure = textWidth,
): string {
  const clean = labelText(text);
  if (!always && measure(clean, size) <= width) return clean;
  const chars = [...clean];
  for (let end = chars.length; end > 0; end--) {
    const candidate = `${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`;
    if (measure(candidate, size) <= width) return candidate;
  }
  return ELLIPSIS;
}
