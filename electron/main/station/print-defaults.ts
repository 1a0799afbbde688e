// Printing out of the box: a station without printers gets a PDF file printer in its labels folder
// as the default for labels and slips; in demo mode also a demo warehouse to ship from. The demo
// warehouse is forgotten when the station switches to a live API (real parcels need a real address).
import { isDeepStrictEqual } from 'node:util';
import type { PrinterConfig, ShipFromSettings } from '../../../shared/ipc/printing.ts';
import type { StationDb } from '../db/connection.ts';
import { listPrinters, readPrintSettings, writePrintSettings } from '../db/printers.ts';
import { savePrintSettings } from '../printing/index.ts';

export const DEMO_PRINTER_NAME = 'PDF labels';

/** The simulator's first site (id 301), with a made-up street address. */
export const DEMO_SHIP_FROM: ShipFromSettings = {
  name: 'Amsterdam DC',
  street: 'Demoweg',
  number: '1',
  postalCode: '1043 AA',
  city: 'Amsterdam',
  countryCode: 'NL',
};

export function addDefaultPrinting(
  db: StationDb,
  options: { labelsDir: string; demo: boolean; now: Date },
): void {
  if (listPrinters(db).length > 0) return;
  const printer: PrinterConfig = {
    name: DEMO_PRINTER_NAME,
    kind: 'pdf-file',
    address: options.labelsDir,
    dpi: 203,
    media: 'label-4x6',
  };
  const demoShipFrom = options.demo && readPrintSettings(db).shipFrom === null;
  const saved = savePrintSettings(
    db,
    {
      upsert: [printer],
      defaults: { label: printer.name, slip: printer.name },
      ...(demoShipFrom ? { shipFrom: DEMO_SHIP_FROM } : {}),
    },
    options.now,
  );
  // Only a broken data dir path could make the fixed config invalid.
  if (!saved.ok) throw new Error(`The default file printer cannot be set up: ${saved.error}`);
}

export function forgetDemoShipFrom(db: StationDb): void {
  if (isDeepStrictEqual(readPrintSettings(db).shipFrom, DEMO_SHIP_FROM))
    writePrintSettings(db, { shipFrom: null });
}
