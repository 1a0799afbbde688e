// Invariants every layout must keep, whatever the order: on the page, text inside its box, no two
// texts on top of each other.
import { expect } from 'vitest';
import type { LabelLayout, LayoutItem, TextItem } from '../../../shared/domain/label/label-layout.ts';
import { textWidth } from '../../../shared/domain/label/text-metrics.ts';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boundsOf(item: LayoutItem): Rect {
  switch (item.type) {
    case 'text':
      return {
        x: item.x,
        y: item.y,
        width: item.width,
        height: item.lines.length === 0 ? 0 : (item.lines.length - 1) * item.lineHeight + item.size,
      };
    case 'line':
      return item.direction === 'horizontal'
        ? { x: item.x, y: item.y, width: item.length, height: item.thickness }
        : { x: item.x, y: item.y, width: item.thickness, height: item.length };
    case 'box':
    case 'barcode':
      return { x: item.x, y: item.y, width: item.width, height: item.height };
  }
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function expectSound(layout: LabelLayout): void {
  for (const [index, page] of layout.pages.entries()) {
    const texts: TextItem[] = [];
    for (const item of page.items) {
      const r = boundsOf(item);
      const where = `page ${index + 1}: ${JSON.stringify(item)}`;
      expect(r.x, where).toBeGreaterThanOrEqual(0);
      expect(r.y, where).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width, where).toBeLessThanOrEqual(layout.widthDots);
      expect(r.y + r.height, where).toBeLessThanOrEqual(page.lengthDots);
      if (item.type !== 'text') continue;
      texts.push(item);
      for (const line of item.lines)
        expect(textWidth(line, item.size), `${where} "${line}"`).toBeLessThanOrEqual(item.width + 0.001);
    }
    const visible = texts.filter((t) => t.lines.length > 0);
    for (const [i, a] of visible.entries()) {
      for (const b of visible.slice(i + 1)) {
        expect(
          overlap(boundsOf(a), boundsOf(b)),
          `page ${index + 1}: "${a.lines[0]}" overlaps "${b.lines[0]}"`,
        ).toBe(false);
      }
    }
  }
}

export function textsOf(layout: LabelLayout, role: TextItem['role']): TextItem[] {
  return layout.pages.flatMap((page) =>
    page.items.filter((i): i is TextItem => i.type === 'text' && i.role === role),
  );
}
