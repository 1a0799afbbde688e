// A shop order's steps at this station follow Equipme's lifecycle of a plain shipping order.
import { expect, test } from 'vitest';
import {
  nextShopStep,
  SHOP_STEPS,
  shopStepRule,
  statusAfterSteps,
} from '../../../shared/domain/shop-steps.ts';

test('the three steps chain new → inprocess → ready-for-delivery → in-delivery-outbound', () => {
  expect(SHOP_STEPS.map(({ step, from, to }) => [step, from, to])).toEqual([
    ['packing', 'new', 'inprocess'],
    ['packed', 'inprocess', 'ready-for-delivery'],
    ['handed-to-carrier', 'ready-for-delivery', 'in-delivery-outbound'],
  ]);
  for (const [index, rule] of SHOP_STEPS.entries()) {
    expect(nextShopStep(rule.to)).toBe(SHOP_STEPS[index + 1] ?? null);
  }
  expect(nextShopStep('new')?.step).toBe('packing');
  expect(nextShopStep('cancelled')).toBeNull();
});

test('the status after the recorded steps is the furthest step’s', () => {
  expect(statusAfterSteps([])).toBe('new');
  expect(statusAfterSteps([{ step: 'packing' }])).toBe('inprocess');
  expect(statusAfterSteps([{ step: 'handed-to-carrier' }, { step: 'packing' }])).toBe(
    shopStepRule('handed-to-carrier').to,
  );
});
