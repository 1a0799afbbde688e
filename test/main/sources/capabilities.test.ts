// What `station sources` says each source can be told comes from the sources themselves: the table
// holds exactly the capabilities each implementation carries.
import { describe, expect, it } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { SOURCE_CAPABILITIES, sendsStatusChanges } from '../../../electron/main/sources/capabilities.ts';
import { createEquipmeSource } from '../../../electron/main/sources/equipme/source.ts';
import { shopSource } from '../../../electron/main/sources/shop-connection.ts';
import { FULFILLMENT_ACTIONS } from '../../../shared/api/equipme.ts';

const target = { url: 'http://127.0.0.1:9/', account: 'demoshop', secret: 'secret' };

describe('SOURCE_CAPABILITIES', () => {
  it('is what each source implementation carries', () => {
    const equipme = createEquipmeSource(createEquipmeClient({ baseUrl: target.url, apiKey: 'k' }));
    const marketplace = shopSource('marketplace', target);
    const emporix = shopSource('emporix', target);
    if (!marketplace.ok || !emporix.ok) throw new Error('the shop settings were refused');
    expect(SOURCE_CAPABILITIES).toEqual({
      equipme: equipme.capabilities,
      marketplace: marketplace.value.capabilities,
      emporix: emporix.value.capabilities,
    });
    expect(SOURCE_CAPABILITIES.marketplace).toBe(marketplace.value.capabilities);
    expect(SOURCE_CAPABILITIES.emporix).toBe(emporix.value.capabilities);
  });

  it('Equipme takes every action of its API; the shops are read-only', () => {
    expect(SOURCE_CAPABILITIES.equipme.transitions).toEqual(FULFILLMENT_ACTIONS);
    expect(sendsStatusChanges(SOURCE_CAPABILITIES.equipme)).toBe(true);
    expect(sendsStatusChanges(SOURCE_CAPABILITIES.marketplace)).toBe(false);
    expect(sendsStatusChanges(SOURCE_CAPABILITIES.emporix)).toBe(false);
  });
});
