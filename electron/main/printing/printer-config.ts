// Printer settings checked before they are stored: a kind, an address it can be reached at, and
// media and resolution it can print.

import { DPIS, MEDIA_IDS, type MediaId } from '../../../shared/domain/label/media.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { PrinterConfig, PrinterKind } from '../../../shared/ipc/printing.ts';
import { CODE_PAGES } from '../../../shared/ipc/printing.ts';
import { parseTcpAddress } from './tcp.ts';

export const PRINTER_KINDS = [
  'zpl',
  'escpos',
  'star',
  'pdf-file',
  'png-file',
] as const satisfies readonly PrinterKind[];

export type PrinterTarget =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'os'; queue: string }
  | { kind: 'folder'; path: string };

const MEDIA_FOR: Record<PrinterKind, readonly MediaId[]> = {
  zpl: ['label-4x6', 'roll-62mm', 'roll-80mm'],
  escpos: ['roll-62mm', 'roll-80mm'],
  star: ['roll-62mm', 'roll-80mm'],
  'pdf-file': MEDIA_IDS,
  'png-file': MEDIA_IDS,
};

export function parsePrinterAddress(address: string): PrinterTarget | null {
  const text = address.trim();
  const tcp = parseTcpAddress(text);
  if (tcp) return { kind: 'tcp', ...tcp };
  const queue = /^printer:([^/\s][^/]*)$/i.exec(text)?.[1];
  if (queue) return { kind: 'os', queue };
  // An absolute folder: /… on Linux and macOS, C:\… or \\server\… on Windows.
  if (/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(text)) return { kind: 'folder', path: text };
  return null;
}

/** The config as it will be stored, or what is wrong with it. */
export function checkPrinterConfig(config: PrinterConfig): Result<PrinterConfig, string> {
  const name = config.name.trim();
  if (name === '' || name.length > 60 || /\p{Cc}/u.test(name)) {
    return err('A printer name is 1 to 60 characters, without control characters.');
  }
  if (!(PRINTER_KINDS as readonly string[]).includes(config.kind)) {
    return err(`Unknown printer kind "${config.kind}" (${PRINTER_KINDS.join(', ')}).`);
  }
  const target = parsePrinterAddress(config.address);
  if (!target) {
    return err(
      `Printer ${name}: "${config.address}" is not an address: use tcp://host:9100, printer:QUEUE or an absolute folder.`,
    );
  }
  if ((config.kind === 'pdf-file' || config.kind === 'png-file') && target.kind !== 'folder') {
    return err(`Printer ${name}: a ${config.kind} printer writes to a folder; give an absolute folder path.`);
  }
  if (!(DPIS as readonly number[]).includes(config.dpi)) {
    return err(`Printer ${name}: resolution must be ${DPIS.join(' or ')} dpi.`);
  }
  if (!MEDIA_FOR[config.kind].includes(config.media)) {
    return err(`Printer ${name}: a ${config.kind} printer prints on ${MEDIA_FOR[config.kind].join(', ')}.`);
  }
  const receipt = config.kind === 'escpos' || config.kind === 'star';
  if (receipt && config.dpi !== 203) return err(`Printer ${name}: receipt printers print at 203 dpi.`);
  if (
    config.codePage !== undefined &&
    (!receipt || !(CODE_PAGES as readonly string[]).includes(config.codePage))
  ) {
    return err(
      `Printer ${name}: a code page is only for ESC/POS and Star printers (${CODE_PAGES.join(', ')}).`,
    );
  }
  return ok({ ...config, name, address: config.address.trim() });
}
