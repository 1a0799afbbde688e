// operator:* — who is packing. The signed-in operator is the settings' `operator`, so every handler
// that records an operator (outbox, print, locks, picks) carries the one signed in here. A badge scan
// toggles: the own badge signs out, another badge switches to its operator.
import {
  badgeOperator,
  cleanOperatorName,
  isBadge,
  sameOperator,
} from '../../../shared/domain/operator-badge.ts';
import { parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure } from './failures.ts';
import type { StationContext } from './station-context.ts';

type OperatorHandlers = Pick<InvokeHandlers, 'operator:sign-in' | 'operator:sign-out'>;

export function operatorHandlers(ctx: StationContext): OperatorHandlers {
  const { settings } = ctx;
  return {
    async 'operator:sign-in'(args) {
      if ('name' in args) {
        const name = cleanOperatorName(args.name);
        if (!name.ok) return failure('invalid-request', name.message);
        // An order label or id typed into the name field (a scan too slow to be one) is nobody's name.
        if (parseOrderCode(name.name).kind !== 'text') {
          return failure(
            'invalid-request',
            `“${name.name}” is an order code, not a name: type your name or scan your badge.`,
          );
        }
        return { ok: true, value: settings.signIn(name.name, 'name') };
      }
      const { badgePrefix, operator } = settings.current();
      if (!isBadge(args.badge, badgePrefix)) {
        return failure(
          'invalid-request',
          `This is not an operator badge: a badge starts with ${badgePrefix}. Scan your badge or type your name.`,
        );
      }
      const name = badgeOperator(args.badge, badgePrefix);
      if (!name.ok) return failure('invalid-request', name.message);
      if (sameOperator(name.name, operator)) return { ok: true, value: settings.signOut('badge') };
      return { ok: true, value: settings.signIn(name.name, 'badge') };
    },
    async 'operator:sign-out'() {
      return { ok: true, value: settings.signOut('button') };
    },
  };
}
