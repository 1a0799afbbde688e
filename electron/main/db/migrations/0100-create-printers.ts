import type { StationDb } from '../connection.ts';

/** The station's printers, which one prints which document by default, ship-from and auto-print. */
export function createPrinters(db: StationDb): void {
  db.exec(`
    CREATE TABLE printers (
      name TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('zpl', 'escpos', 'star', 'pdf-file', 'png-file')),
      address TEXT NOT NULL,
      dpi INTEGER NOT NULL CHECK (dpi IN (203, 300)),
      media TEXT NOT NULL CHECK (media IN ('label-4x6', 'roll-62mm', 'roll-80mm', 'a4', 'letter')),
      code_page TEXT,
      default_label INTEGER NOT NULL DEFAULT 0 CHECK (default_label IN (0, 1)),
      default_slip INTEGER NOT NULL DEFAULT 0 CHECK (default_slip IN (0, 1)),
      updated_at TEXT NOT NULL
    ) STRICT;

    -- At most one default printer per document.
    CREATE UNIQUE INDEX printers_default_label ON printers (default_label) WHERE default_label = 1;
    CREATE UNIQUE INDEX printers_default_slip ON printers (default_slip) WHERE default_slip = 1;

    CREATE TABLE print_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      ship_from TEXT,
      auto_print_label INTEGER NOT NULL DEFAULT 0 CHECK (auto_print_label IN (0, 1)),
      auto_print_slip INTEGER NOT NULL DEFAULT 0 CHECK (auto_print_slip IN (0, 1))
    ) STRICT;
    INSERT INTO print_settings (id) VALUES (1);
  `);
}
