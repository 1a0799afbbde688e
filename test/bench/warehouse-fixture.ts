// A warehouse and the simulator process serving the same orders, for one bench test file: started
// before its tests, stopped and removed after them.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { scratchDir } from './bench-files.ts';
import { type SimProcess, startSimProcess } from './sim-process.ts';
import { buildWarehouse, type Warehouse } from './warehouse.ts';

export interface WarehouseFixture {
  sim: SimProcess;
  w: Warehouse;
}

export function warehouseForTests(orders: number): WarehouseFixture {
  const dir = scratchDir();
  const fixture = {} as WarehouseFixture;
  beforeAll(async () => {
    fixture.sim = await startSimProcess(orders);
    fixture.w = buildWarehouse(dir, orders);
  });
  afterAll(async () => {
    fixture.w?.db.close();
    await fixture.sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return fixture;
}

/** A warehouse alone (no simulator), for a bench test file that only writes to the station's file. */
export function warehouseOnlyForTests(orders: number): { w: Warehouse } {
  const dir = scratchDir();
  const fixture = {} as { w: Warehouse };
  beforeAll(() => {
    fixture.w = buildWarehouse(dir, orders);
  });
  afterAll(() => {
    fixture.w?.db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return fixture;
}
