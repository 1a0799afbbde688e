// Handlers for every contract channel that record their calls and answer ok with a canned value.
import { vi } from 'vitest';
import type { InvokeHandlers } from '../../../electron/main/ipc/handlers.ts';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract.ts';

export type StubHandlers = { [C in keyof InvokeHandlers]: ReturnType<typeof vi.fn<InvokeHandlers[C]>> };

export function stubHandlers(overrides: Partial<InvokeHandlers> = {}): StubHandlers {
  const handlers: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    handlers[channel] = vi.fn(overrides[channel] ?? (async () => ({ ok: true, value: { channel } })));
  }
  return handlers as StubHandlers;
}
