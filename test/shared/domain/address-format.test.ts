import { describe, expect, it } from 'vitest';
import {
  type AddressFields,
  type AddressWarningCode,
  addressWarnings,
  formatAddress,
  isPoBox,
  normalizePostalCode,
} from '../../../shared/domain/address-format.ts';

const NL: AddressFields = {
  street: 'Keizersgracht',
  number: '123',
  postalCode: '1015cj',
  city: 'Amsterdam',
  countryCode: 'NL',
  phoneNumber: '+31 20 123 4567',
};

describe('formatAddress', () => {
  it('writes a Dutch address street first, with the postal code as "1234 AB"', () => {
    expect(formatAddress(NL, { fromCountry: 'NL' })).toEqual(['Keizersgracht 123', '1015 CJ Amsterdam']);
  });

  it('puts the company or P.O. box line first', () => {
    expect(formatAddress({ ...NL, line1: 'Equipme B.V.' }, { fromCountry: 'NL' })[0]).toBe('Equipme B.V.');
  });

  it('keeps a short addition on the street line, a numeric one joined with a dash', () => {
    expect(formatAddress({ ...NL, addition: 'A' }, { fromCountry: 'NL' })[0]).toBe('Keizersgracht 123 A');
    expect(formatAddress({ ...NL, addition: '2' }, { fromCountry: 'NL' })[0]).toBe('Keizersgracht 123-2');
  });

  it('gives a long addition its own line', () => {
    const lines = formatAddress({ ...NL, addition: 'Achteringang via de steeg' }, { fromCountry: 'NL' });
    expect(lines).toEqual(['Keizersgracht 123', 'Achteringang via de steeg', '1015 CJ Amsterdam']);
  });

  it('moves a short addition to its own line when the street line would be too long', () => {
    const street = 'Burgemeester van Karnebeeklaan-Noordzijde';
    expect(formatAddress({ ...NL, street, addition: 'bis' }, { fromCountry: 'NL' }).slice(0, 2)).toEqual([
      `${street} 123`,
      'bis',
    ]);
  });

  it('adds the destination country in capitals across a border, and only then', () => {
    expect(formatAddress(NL, { fromCountry: 'DE' }).at(-1)).toBe('NETHERLANDS');
    expect(formatAddress(NL, { fromCountry: 'nl' })).not.toContain('NETHERLANDS');
    expect(formatAddress(NL).at(-1)).toBe('NETHERLANDS');
    expect(formatAddress(NL, { fromCountry: 'DE', locale: 'de' }).at(-1)).toBe('NIEDERLANDE');
  });

  it('writes Belgium and Germany street first, postal code before the city', () => {
    expect(
      formatAddress(
        { street: 'Wetstraat', number: '16', postalCode: '1000', city: 'Brussel', countryCode: 'BE' },
        {
          fromCountry: 'BE',
        },
      ),
    ).toEqual(['Wetstraat 16', '1000 Brussel']);
    expect(
      formatAddress(
        { street: 'Invalidenstraße', number: '116', postalCode: '10115', city: 'Berlin', countryCode: 'DE' },
        { fromCountry: 'NL' },
      ),
    ).toEqual(['Invalidenstraße 116', '10115 Berlin', 'GERMANY']);
  });

  it('writes France as La Poste does: number first, city in capitals', () => {
    expect(
      formatAddress(
        { street: 'rue de Rivoli', number: '10', postalCode: '75 001', city: 'Paris', countryCode: 'fr' },
        { fromCountry: 'FR' },
      ),
    ).toEqual(['10 rue de Rivoli', '75001 PARIS']);
  });

  it('writes the UK with the post town and postcode on lines of their own', () => {
    expect(
      formatAddress(
        {
          line1: 'Flat 3',
          number: '221B',
          street: 'Baker Street',
          dependentLocality: 'Marylebone',
          city: 'London',
          postalCode: 'nw16xe',
          countryCode: 'UK',
        },
        { fromCountry: 'GB' },
      ),
    ).toEqual(['Flat 3', '221B Baker Street', 'Marylebone', 'LONDON', 'NW1 6XE']);
  });

  it('writes the US as "CITY, ST ZIP" with the state from the ISO region code', () => {
    const us = {
      number: '1600',
      street: 'Amphitheatre Pkwy',
      addition: 'Bldg 4',
      city: 'Mountain View',
      postalCode: '94043',
      regionCode: 'US-CA',
      countryCode: 'US',
    };
    expect(formatAddress(us, { fromCountry: 'NL' })).toEqual([
      '1600 Amphitheatre Pkwy Bldg 4',
      'MOUNTAIN VIEW, CA 94043',
      'UNITED STATES',
    ]);
    const named = formatAddress({ ...us, regionCode: null, regionName: 'California' }, { fromCountry: 'US' });
    expect(named.at(-1)).toBe('MOUNTAIN VIEW, California 94043');
  });

  it('writes Canada as "CITY PR A1A 1A1"', () => {
    expect(
      formatAddress(
        {
          number: '24',
          street: 'Sussex Dr',
          city: 'Ottawa',
          regionCode: 'CA-ON',
          postalCode: 'k1m1m4',
          countryCode: 'CA',
        },
        { fromCountry: 'CA' },
      ),
    ).toEqual(['24 Sussex Dr', 'OTTAWA ON K1M 1M4']);
  });

  it('writes Italy with the province after the city', () => {
    expect(
      formatAddress(
        {
          street: 'Via del Corso',
          number: '1',
          postalCode: '00186',
          city: 'Roma',
          regionCode: 'IT-RM',
          countryCode: 'IT',
        },
        { fromCountry: 'IT' },
      ),
    ).toEqual(['Via del Corso 1', '00186 Roma RM']);
  });

  it('uses a generic order elsewhere, with the region on its own line', () => {
    expect(
      formatAddress(
        {
          street: 'Avenida Paulista',
          number: '1578',
          dependentLocality: 'Bela Vista',
          postalCode: '01310-200',
          city: 'São Paulo',
          regionCode: 'BR-SP',
          countryCode: 'BR',
        },
        { fromCountry: 'NL' },
      ),
    ).toEqual(['Avenida Paulista 1578', 'Bela Vista', '01310-200 São Paulo', 'SP', 'BRAZIL']);
  });

  it('skips empty and blank fields and tidies whitespace', () => {
    expect(
      formatAddress(
        {
          line1: '  ',
          street: '  Kerkstraat ',
          number: null,
          postalCode: ' 1234  ab ',
          city: 'Ede',
          countryCode: null,
        },
        {},
      ),
    ).toEqual(['Kerkstraat', '1234 AB Ede']);
    expect(formatAddress({}, { fromCountry: 'NL' })).toEqual([]);
  });

  it('prints an unknown country code as it is', () => {
    expect(formatAddress({ city: 'Atlantis', countryCode: 'XYZ' }, { fromCountry: 'NL' })).toEqual([
      'Atlantis',
      'XYZ',
    ]);
  });
});

describe('normalizePostalCode', () => {
  it.each([
    ['1015cj', 'NL', '1015 CJ'],
    [' 1015  CJ ', 'nl', '1015 CJ'],
    ['101', 'NL', '101'],
    ['sw1a1aa', 'GB', 'SW1A 1AA'],
    ['M1 1AE', 'UK', 'M1 1AE'],
    ['d02x285', 'IE', 'D02 X285'],
    ['k1m1m4', 'CA', 'K1M 1M4'],
    ['10115', 'DE', '10115'],
    ['75 001', 'FR', '75001'],
    ['7500', 'FR', '7500'],
    ['  ab  12 ', 'ZZ', 'AB 12'],
  ])('%j in %s is %j', (raw, country, normalized) => {
    expect(normalizePostalCode(raw, country)).toBe(normalized);
  });
});

describe('addressWarnings', () => {
  const codes = (address: AddressFields): AddressWarningCode[] => addressWarnings(address).map((w) => w.code);

  it('has nothing to say about a complete address', () => {
    expect(addressWarnings(NL)).toEqual([]);
  });

  it('names every missing part with a message the operator can act on', () => {
    const warnings = addressWarnings({});
    expect(warnings.map((w) => w.code)).toEqual([
      'missing-country',
      'missing-city',
      'missing-postal-code',
      'missing-house-number',
      'missing-phone',
    ]);
    expect(warnings.find((w) => w.code === 'missing-house-number')?.message).toBe(
      'No house number: check the street line before shipping.',
    );
    for (const warning of warnings) expect(warning.message).toMatch(/: /);
  });

  it('validates the postal code for the country, after normalizing it', () => {
    expect(codes({ ...NL, postalCode: '1015 C' })).toEqual(['invalid-postal-code']);
    expect(codes({ ...NL, postalCode: '1015cj' })).toEqual([]);
    expect(codes({ ...NL, countryCode: 'DE', postalCode: '1011' })).toEqual(['invalid-postal-code']);
    expect(codes({ ...NL, countryCode: 'GB', postalCode: 'sw1a1aa' })).toEqual([]);
    expect(codes({ ...NL, countryCode: 'US', postalCode: '9404' })).toEqual(['invalid-postal-code']);
    expect(addressWarnings({ ...NL, postalCode: '1015 C' })[0]?.message).toContain('"1015 C"');
  });

  it('cannot judge a postal code without a country or a known format', () => {
    expect(codes({ ...NL, countryCode: null, postalCode: '???' })).toEqual(['missing-country']);
    expect(codes({ ...NL, countryCode: 'AQ', postalCode: 'anything' })).toEqual([]);
  });

  it('does not ask for a postal code where the country has none', () => {
    expect(codes({ ...NL, countryCode: 'HK', postalCode: null })).toEqual([]);
    expect(codes({ ...NL, countryCode: 'FR', postalCode: null })).toEqual(['missing-postal-code']);
  });

  it('accepts a house number written in the street line', () => {
    expect(codes({ ...NL, street: 'Keizersgracht 123', number: '' })).toEqual([]);
    expect(codes({ ...NL, number: '' })).toEqual(['missing-house-number']);
  });

  it('flags a P.O. box, which needs no house number', () => {
    expect(codes({ ...NL, line1: 'Postbus 1234', street: null, number: null })).toEqual(['po-box']);
    expect(codes({ ...NL, line1: 'P.O. Box 77' })).toEqual(['po-box']);
  });

  it('asks for a phone number for the carrier', () => {
    expect(codes({ ...NL, phoneNumber: ' ' })).toEqual(['missing-phone']);
  });
});

describe('isPoBox', () => {
  it.each([
    'PO Box 12',
    'P.O. Box 12',
    'p o box 3',
    'Post Office Box 9',
    'Postbus 1234',
    'Postfach 10 11 12',
    'Boîte postale 7',
    'BP 42',
    'B.P. 42',
    'Apartado 15',
    'Casella Postale 3',
    'Postboks 55',
    'Box 1234',
  ])('%j is a P.O. box', (line) => {
    expect(isPoBox(line)).toBe(true);
  });

  it.each(['Boxtelseweg 12', 'Postweg 3', 'Dropbox Inc.', 'BP Station', 'Hoboken', 'Keizersgracht 123'])(
    '%j is not',
    (line) => {
      expect(isPoBox(line)).toBe(false);
    },
  );
});
