// Test-only routes under /_sim/: inspect what the backend applied, steer faults, move preorders on,
// change an order's status behind the station's back (someone else cancelled it, a newer Equipme
// added a status), start over. They ignore every fault, so a test can always look behind the curtain.
import type { FaultController } from '../faults.ts';
import { validateFaultsPatch } from '../faults.ts';
import type { OrderBook } from '../order-book.ts';
import { json, parseId, parseJsonBody, problem, type Reply } from '../reply.ts';
import type { Route, RouteRequest } from '../router.ts';

const STATUS_SHAPE = /^[a-z][a-z-]{0,63}$/;

export interface SimControls {
  book: OrderBook;
  faults: FaultController;
  reset(): void;
}

export function simRoutes({ book, faults, reset }: SimControls): Route[] {
  const setFaults = (request: RouteRequest): Reply => {
    const body = parseJsonBody(request.body);
    if (!body.ok) return body.error;
    const patch = validateFaultsPatch(body.value);
    if (!patch.ok) return problem(400, 'InvalidFaults', patch.error);
    return json(200, faults.set(patch.value));
  };

  const requestDelivery = (request: RouteRequest): Reply => {
    const id = parseId(request.params[0] ?? '', 'id');
    if (!id.ok) return id.error;
    switch (book.requestDelivery(id.value)) {
      case 'requested':
        return { status: 204 };
      case 'missing':
        return problem(404, 'NotFound', `Fulfillment order ${id.value} was not found.`);
      case 'not-waiting':
        return problem(
          409,
          'NotAWaitingPreorder',
          `Order ${id.value} is not a preorder waiting at ready-for-delivery; delivery cannot be requested.`,
        );
    }
  };

  // Equipme's back office moves the order: no lifecycle check and no entry in the transitions log,
  // which holds only what the API applied. Any status shaped like Equipme's, known or not.
  const setStatus = (request: RouteRequest): Reply => {
    const id = parseId(request.params[0] ?? '', 'id');
    if (!id.ok) return id.error;
    const body = parseJsonBody(request.body);
    if (!body.ok) return body.error;
    const status = (body.value as { status?: unknown } | null)?.status;
    if (typeof status !== 'string' || !STATUS_SHAPE.test(status)) {
      return problem(
        400,
        'InvalidStatus',
        'Send { "status": "…" }: lowercase letters and dashes, at most 64.',
      );
    }
    const found = book.lookup(id.value);
    if (found.kind === 'missing')
      return problem(404, 'NotFound', `Fulfillment order ${id.value} was not found.`);
    found.order.status = status as typeof found.order.status;
    return { status: 204 };
  };

  const transitions = (): Reply => json(200, book.transitions());
  const currentFaults = (): Reply => json(200, faults.current());
  const startOver = (): Reply => {
    reset();
    return { status: 204 };
  };

  return [
    { pattern: /^\/_sim\/transitions$/, methods: { GET: transitions } },
    { pattern: /^\/_sim\/faults$/, methods: { GET: currentFaults, PUT: setFaults } },
    { pattern: /^\/_sim\/reset$/, methods: { POST: startOver } },
    { pattern: /^\/_sim\/orders\/([^/]+)\/request-delivery$/, methods: { POST: requestDelivery } },
    { pattern: /^\/_sim\/orders\/([^/]+)\/status$/, methods: { PUT: setStatus } },
  ];
}
