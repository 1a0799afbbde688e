// Failures the station answers with: an IPC error code and a message the operator can act on.
import type { IpcError, IpcErrorCode } from '../../../shared/ipc/envelope.ts';
import type { OutboxError } from '../outbox/outbox-error.ts';
import type { PrintError, PrintOrderError } from '../printing/index.ts';

export function failure(code: IpcErrorCode, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

export function orderNotFound(orderId: number): { ok: false; error: IpcError } {
  return failure(
    'not-found',
    `Order ${orderId} is not in this station's order list. Refresh the orders (Sync now) and try again.`,
  );
}

export function noOperator(): { ok: false; error: IpcError } {
  return failure(
    'rejected',
    'Sign in first: nobody is signed in at this station. Scan your badge or type your name (it is kept with every change).',
  );
}

/** Outbox refusals: lifecycle and state rules are 'rejected', unknown things 'not-found'. */
export function outboxFailure(error: OutboxError): { ok: false; error: IpcError } {
  switch (error.code) {
    case 'order-unknown':
    case 'entry-unknown':
      return failure('not-found', error.message);
    case 'activation-date-invalid':
    case 'activation-date-not-allowed':
      return failure('invalid-request', error.message);
    case 'operator-required':
    case 'order-locked':
    case 'transition-invalid':
    case 'entry-wrong-state':
    case 'reason-required':
    case 'shop-order':
      return failure('rejected', error.message);
  }
}

/** Print refusals: a document printed before is 'rejected' (the message says when and: Reprint with a reason). */
export function printOrderFailure(error: PrintOrderError): { ok: false; error: IpcError } {
  switch (error.code) {
    case 'order-not-found':
    case 'printer-not-found':
    case 'no-printer':
      return failure('not-found', error.message);
    case 'already-printed':
      return failure('rejected', error.message);
    case 'invalid':
      return failure('invalid-request', error.message);
  }
}

/** A printer that could not be asked or did not take the test page: the printer's problem, in words. */
export function printerFailure(error: PrintError): { ok: false; error: IpcError } {
  return failure(error.code === 'not-configured' ? 'not-found' : 'rejected', error.message);
}
