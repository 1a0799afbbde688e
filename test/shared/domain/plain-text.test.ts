import { describe, expect, it } from 'vitest';
import { hasControls, plainLine, plainText } from '../../../shared/domain/plain-text.ts';

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\n');
const C1 = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i));
const FORMAT = ['\u00ad', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff'];

describe('plainText', () => {
  it('removes every C0 and C1 control but the line break, and every format character', () => {
    for (const char of [...C0, ...C1, ...FORMAT]) {
      const out = plainText(`A${char}B`);
      expect(out === 'AB' || out === 'A B' || out === 'A\nB', JSON.stringify(char)).toBe(true);
      expect(/[\p{Cc}\p{Cf}]/u.test(out.replace(/\n/g, '')), JSON.stringify(char)).toBe(false);
    }
  });

  it('keeps printer commands from getting through as bytes: GS V, ESC @, DLE DC4, ESC p', () => {
    const hostile = 'Jan\x1dV\x00 \x1b@de \x10\x14\x01Vries\x1bp\x00\x19\xfa';
    expect(plainText(hostile)).toBe('JanV @de Vriespú');
  });

  it('drops a terminal escape sequence whole, not only its ESC', () => {
    expect(plainText('Deliver\x1b[2J to \x1b[1;31mreception\x1b[0m')).toBe('Deliver to reception');
    expect(plainText('a\x1b]0;title\x07b \x1b]8;;https://x\x1b\\c')).toBe('ab c');
    // A sequence cut off by the end of the text leaves no ESC behind either.
    expect(plainText('note \x1b[')).toBe('note [');
  });

  it('normalises line breaks and keeps letters of every script', () => {
    expect(plainText('Straße 1\r\nZürich\rŁódź\u2028東京')).toBe('Straße 1\nZürich\nŁódź\n東京');
    expect(plainLine('a\nb\tc')).toBe('a b c');
  });

  it('tells whether a text had anything to clean', () => {
    expect(hasControls('plain')).toBe(false);
    expect(hasControls('in\u202evisible')).toBe(true);
  });
});
