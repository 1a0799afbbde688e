// The printing settings as a whole: printers (checked before they are stored), default printer per
// document, ship-from address and auto-print.

import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { ShipFrom } from '../../../shared/domain/label/label-context.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type {
  PrinterConfig,
  PrintersSaveArgs,
  PrintSettingsView,
  ShipFromSettings,
} from '../../../shared/ipc/printing.ts';
import type { StationDb } from '../db/connection.ts';
import {
  deletePrinter,
  getPrinter,
  listPrinters,
  readPrintSettings,
  setDefaultPrinter,
  upsertPrinter,
  writePrintSettings,
} from '../db/printers.ts';
import { checkPrinterConfig } from './printer-config.ts';

class SettingsProblem extends Error {}

export function printSettingsView(db: StationDb): PrintSettingsView {
  return { printers: listPrinters(db), ...readPrintSettings(db) };
}

/** Applies a change in one transaction, or changes nothing and says what is wrong. */
export function savePrintSettings(
  db: StationDb,
  change: PrintersSaveArgs,
  now: Date,
): Result<PrintSettingsView, string> {
  const checked: PrinterConfig[] = [];
  for (const printer of change.upsert ?? []) {
    const result = checkPrinterConfig(printer);
    if (!result.ok) return err(result.error);
    checked.push(result.value);
  }
  if (change.shipFrom && change.shipFrom.name.trim() === '') {
    return err('The ship-from address needs a name (the warehouse as the carrier should read it).');
  }
  const apply = db.transaction(() => {
    for (const name of change.remove ?? []) deletePrinter(db, name);
    for (const printer of checked) upsertPrinter(db, printer, now);
    for (const kind of ['label', 'slip'] as const) {
      const name = change.defaults?.[kind];
      if (name === undefined) continue;
      // Throwing rolls the whole change back.
      if (name !== null && !getPrinter(db, name))
        throw new SettingsProblem(`There is no printer named "${name}".`);
      setDefaultPrinter(db, kind, name);
    }
    writePrintSettings(db, {
      ...(change.shipFrom !== undefined ? { shipFrom: change.shipFrom } : {}),
      ...(change.autoPrint ? { autoPrint: { ...readPrintSettings(db).autoPrint, ...change.autoPrint } } : {}),
    });
  });
  try {
    apply.immediate();
  } catch (error) {
    if (error instanceof SettingsProblem) return err(error.message);
    throw error;
  }
  return ok(printSettingsView(db));
}

/** The ship-from of the settings, or the order's warehouse by name when none is set. */
export function shipFromFor(settings: ShipFromSettings | null, order: FulfillmentOrder): ShipFrom {
  if (settings) {
    const { name, ...address } = settings;
    return { name, address };
  }
  return { name: order.assignments?.location?.name ?? 'Packing Station', address: null };
}
