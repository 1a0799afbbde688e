// Runtime checks of what the renderer sends. Main only: the preload and renderer stay free of zod.
import { z } from 'zod';
import { FULFILLMENT_STATUSES } from '../api/equipme.ts';
import type { InvokeArgs, InvokeChannel } from './contract.ts';

export const INVOKE_ARGS_SCHEMAS: { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'station:info': z.undefined(),
  'orders:list': z.strictObject({
    status: z.array(z.enum(FULFILLMENT_STATUSES)).max(FULFILLMENT_STATUSES.length).optional(),
    limit: z.int().min(1).max(1000).optional(),
  }),
};
