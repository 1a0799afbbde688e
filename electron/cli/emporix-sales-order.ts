// `station sales-order emporix:ID`: an Emporix order is a tenant sales order (the document's
// `order-v2/{tenant}/salesorders`), read fresh through the source's getOne, not from the cache. Loaded
// only for it; it returns the order or the problem in words and the command writes them (sharing the
// command's writer would split the CLI's entry chunk, built-cli.test.ts).
import { err, type Result } from '../../shared/domain/result.ts';
import type { SourceOrder } from '../main/sources/order-source.ts';
import { type ShopTarget, shopSource } from '../main/sources/shop-connection.ts';

export async function emporixSalesOrder(
  id: string,
  target: ShopTarget,
  signal: AbortSignal,
): Promise<Result<SourceOrder, string>> {
  const client = shopSource('emporix', target);
  if (!client.ok) return err(client.error);
  const order = await client.value.getOne(id, { signal });
  return order.ok ? order : err(order.error.message);
}
