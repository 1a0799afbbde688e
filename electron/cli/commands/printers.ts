// `station printers`: list, add, remove and test the station's printers; set the default printer
// per document, the ship-from address and auto-print.
import { z } from 'zod';
import { DPIS, type Dpi, MEDIA_IDS, type MediaId } from '../../../shared/domain/label/media.ts';
import {
  CODE_PAGES,
  type PrinterConfig,
  type PrinterKind,
  type PrintersSaveArgs,
  type PrintSettingsView,
} from '../../../shared/ipc/printing.ts';
import { printSettingsView, savePrintSettings } from '../../main/printing/print-settings.ts';
import { PRINTER_KINDS } from '../../main/printing/printer-config.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { intFlag, listFlag, parseFlags } from '../flags.ts';
import { withStationDb } from '../station-db.ts';
import { formatTable } from '../table.ts';

const shipFromSchema = z.strictObject({
  name: z.string().trim().min(1),
  line1: z.string().optional(),
  street: z.string().optional(),
  number: z.string().optional(),
  addition: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  countryCode: z.string().length(2).optional(),
  regionCode: z.string().optional(),
  phoneNumber: z.string().optional(),
});

export const printersCommand: Command = {
  ...COMMAND_HELP.printers,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      add: { type: 'string' },
      kind: { type: 'string' },
      address: { type: 'string' },
      dpi: { type: 'string' },
      media: { type: 'string' },
      'code-page': { type: 'string' },
      remove: { type: 'string', multiple: true },
      'default-label': { type: 'string' },
      'default-slip': { type: 'string' },
      'auto-print': { type: 'string' },
      'ship-from': { type: 'string' },
      test: { type: 'string' },
      status: { type: 'string' },
      json: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;

    const change: PrintersSaveArgs = {};
    if (values.add !== undefined) {
      const printer = printerFrom(values);
      if (typeof printer === 'string') return usageError(ctx, this, printer);
      change.upsert = [printer];
    }
    if (values.remove) change.remove = values.remove;
    const defaults = { label: values['default-label'], slip: values['default-slip'] };
    if (defaults.label !== undefined || defaults.slip !== undefined) {
      change.defaults = Object.fromEntries(
        Object.entries(defaults)
          .filter(([, name]) => name !== undefined)
          .map(([kind, name]) => [kind, name === 'none' ? null : name]),
      );
    }
    if (values['auto-print'] !== undefined) {
      const kinds = listFlag([values['auto-print']]);
      if (!kinds.every((k) => k === 'label' || k === 'slip' || k === 'none')) {
        return usageError(ctx, this, '--auto-print takes label, slip, label,slip or none');
      }
      change.autoPrint = { label: kinds.includes('label'), slip: kinds.includes('slip') };
    }
    if (values['ship-from'] !== undefined) {
      let json: unknown;
      try {
        json = JSON.parse(values['ship-from']);
      } catch {
        return usageError(
          ctx,
          this,
          '--ship-from must be JSON, e.g. {"name":"Köln Hub","street":"…","city":"…","countryCode":"DE"}',
        );
      }
      const shipFrom = shipFromSchema.safeParse(json);
      if (!shipFrom.success) return usageError(ctx, this, `--ship-from: ${z.prettifyError(shipFrom.error)}`);
      change.shipFrom = shipFrom.data;
    }

    return withStationDb(this, ctx, values.db, async (db) => {
      let view: PrintSettingsView = printSettingsView(db);
      if (Object.keys(change).length > 0) {
        const saved = savePrintSettings(db, change, new Date());
        if (!saved.ok) {
          writeLine(ctx.stderr, `station printers: ${saved.error}`);
          return EXIT.failed;
        }
        view = saved.value;
      }
      const target = values.test ?? values.status;
      if (target !== undefined) {
        // The renderers and drivers (pdfkit, bwip-js, the canvas…) load only for a test print or a
        // status query, not to list or change the settings.
        const { createPrintService } = await import('../../main/printing/print-service.ts');
        const service = createPrintService({ db });
        const result =
          values.test !== undefined
            ? await service.testPrint(target, ctx.signal)
            : await service.printerStatus(target, ctx.signal);
        await service.stop();
        if (!result.ok) {
          writeLine(ctx.stderr, `station printers: ${result.error.message}`);
          return EXIT.failed;
        }
        writeLine(
          ctx.stdout,
          values.json ? JSON.stringify(result.value) : `${target}: ${JSON.stringify(result.value)}`,
        );
        return EXIT.ok;
      }
      writeLine(ctx.stdout, values.json ? JSON.stringify(view) : settingsText(view));
      return EXIT.ok;
    });
  },
};

function printerFrom(values: {
  add?: string;
  kind?: string;
  address?: string;
  dpi?: string;
  media?: string;
  'code-page'?: string;
}): PrinterConfig | string {
  if (!values.kind || !(PRINTER_KINDS as readonly string[]).includes(values.kind)) {
    return `--add needs --kind (${PRINTER_KINDS.join(', ')})`;
  }
  if (!values.address) return '--add needs --address (tcp://host:9100, printer:QUEUE or an absolute folder)';
  const dpi = intFlag('dpi', values.dpi, 1, 1200) ?? 203;
  if (typeof dpi === 'string') return dpi;
  if (!(DPIS as readonly number[]).includes(dpi)) return `--dpi must be ${DPIS.join(' or ')}`;
  const kind = values.kind as PrinterKind;
  const media =
    values.media ??
    (kind === 'escpos' || kind === 'star' ? 'roll-80mm' : kind === 'zpl' ? 'label-4x6' : 'a4');
  if (!(MEDIA_IDS as readonly string[]).includes(media))
    return `--media must be one of ${MEDIA_IDS.join(', ')}`;
  const codePage = values['code-page'];
  if (codePage !== undefined && !(CODE_PAGES as readonly string[]).includes(codePage)) {
    return `--code-page must be one of ${CODE_PAGES.join(', ')}`;
  }
  return {
    name: values.add ?? '',
    kind,
    address: values.address,
    dpi: dpi as Dpi,
    media: media as MediaId,
    ...(codePage !== undefined ? { codePage: codePage as PrinterConfig['codePage'] & string } : {}),
  };
}

function settingsText(view: PrintSettingsView): string {
  const rows = view.printers.map((p) => [
    p.name,
    p.kind,
    p.address,
    String(p.dpi),
    p.media,
    p.defaultFor.join(','),
  ]);
  const auto = (['label', 'slip'] as const).filter((kind) => view.autoPrint[kind]);
  return [
    rows.length
      ? formatTable(['NAME', 'KIND', 'ADDRESS', 'DPI', 'MEDIA', 'DEFAULT FOR'], rows)
      : 'No printers yet: add one with --add.',
    `ship-from: ${view.shipFrom ? JSON.stringify(view.shipFrom) : 'not set (labels show the order’s warehouse name)'}`,
    `auto-print when packed: ${auto.length ? auto.join(', ') : 'off'}`,
  ].join('\n');
}
