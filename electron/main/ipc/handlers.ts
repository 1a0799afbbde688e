import type { InvokeArgs, InvokeChannel, InvokeResult } from '../../../shared/ipc/contract.ts';
import type { IpcResponse } from '../../../shared/ipc/envelope.ts';

/** Serves one invoke channel with already-validated arguments; failures come back as values. */
export type InvokeHandler<C extends InvokeChannel> = (
  args: InvokeArgs<C>,
) => Promise<IpcResponse<InvokeResult<C>>>;

/** One handler per contract channel: a missing channel is a compile error. */
export type InvokeHandlers = { [C in InvokeChannel]: InvokeHandler<C> };
