// The print card as the order screen mounts it: the gate follows the pick counts on screen (saved
// plus on their way) and the supervisor's override, the same inputs the action buttons use; a print
// waits until those counts are saved, as main checks them.
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { PrintCard } from './PrintCard.tsx';
import { printGate } from './print-gate.ts';

export function OrderPrintCard(props: {
  detail: OrderDetail;
  picked: number[];
  countsSaved: () => Promise<void>;
}) {
  const gate = printGate(props.detail, props.picked);
  return <PrintCard orderId={props.detail.order.id} gate={gate} countsSaved={props.countsSaved} />;
}
