// Where file printers may write when they are set up from the station window: the station's labels
// folder (`<dataDir>/labels`) and folders directly inside it. Over IPC such a folder is named
// `labels` or `labels/<folder>`; the database keeps the absolute path the file driver writes to.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';
import { LABELS_FOLDER_ADDRESS } from '../../../shared/ipc/schemas.ts';

export function labelsFolderOf(dataDir: string): string {
  return join(resolve(dataDir), LABELS_FOLDER_ADDRESS);
}

/** `labels/<folder>` → the absolute folder; any other address (already checked) as it is. */
export function storedAddress(labelsDir: string, address: string): string {
  if (address === LABELS_FOLDER_ADDRESS) return labelsDir;
  const prefix = `${LABELS_FOLDER_ADDRESS}/`;
  return address.startsWith(prefix) ? join(labelsDir, address.slice(prefix.length)) : address;
}

/** A folder inside the labels folder as `labels/<folder>`; other addresses (set with the CLI) as they are. */
export function shownAddress(labelsDir: string, address: string): string {
  if (!isAbsolute(address)) return address;
  const inside = relative(labelsDir, address);
  if (inside === '') return LABELS_FOLDER_ADDRESS;
  if (inside.startsWith('..') || isAbsolute(inside) || inside.includes(sep)) return address;
  return `${LABELS_FOLDER_ADDRESS}/${inside}`;
}

export function withShownAddress<P extends PrinterConfig>(labelsDir: string, printer: P): P {
  return { ...printer, address: shownAddress(labelsDir, printer.address) };
}
