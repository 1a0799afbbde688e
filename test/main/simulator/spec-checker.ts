// A generic checker that walks the OpenAPI schema JSON itself, so conformance tests follow the spec
// file rather than a hand-written copy of it.
import { readFileSync } from 'node:fs';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: readonly unknown[];
  nullable?: boolean;
  required?: readonly string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

const spec = JSON.parse(
  readFileSync(
    new URL('../../../shared/api/equipme-fulfillment-orders.openapi.json', import.meta.url),
    'utf8',
  ),
) as { components: { schemas: Record<string, Schema> } };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = spec.components.schemas[name];
  if (!target) throw new Error(`unresolvable ${schema.$ref}`);
  return resolve(target);
}

function check(schema: Schema, value: unknown, at: string, errors: string[]): void {
  const s = resolve(schema);
  if (value === null) {
    if (!s.nullable) errors.push(`${at}: null but not nullable`);
    return;
  }
  if (s.enum && !s.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  switch (s.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        errors.push(`${at}: expected object`);
        return;
      }
      const record = value as Record<string, unknown>;
      for (const key of s.required ?? []) {
        if (record[key] === undefined) errors.push(`${at}.${key}: required`);
      }
      for (const [key, item] of Object.entries(record)) {
        const property = s.properties?.[key];
        if (property) check(property, item, `${at}.${key}`, errors);
        else if (s.additionalProperties === false) errors.push(`${at}.${key}: not in schema`);
      }
      return;
    }
    case 'array':
      if (!Array.isArray(value)) errors.push(`${at}: expected array`);
      else if (s.items) for (const [i, item] of value.entries()) check(s.items, item, `${at}[${i}]`, errors);
      return;
    case 'string': {
      if (typeof value !== 'string') {
        errors.push(`${at}: expected string`);
        return;
      }
      const length = [...value].length;
      if (s.minLength !== undefined && length < s.minLength) {
        errors.push(`${at}: shorter than ${s.minLength}`);
      }
      if (s.maxLength !== undefined && length > s.maxLength) errors.push(`${at}: longer than ${s.maxLength}`);
      if (s.format === 'date-time' && !DATE_TIME.test(value)) errors.push(`${at}: not a date-time`);
      return;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push(`${at}: expected ${s.type}`);
        return;
      }
      if (s.type === 'integer' && !Number.isSafeInteger(value)) errors.push(`${at}: not an integer`);
      if (s.format === 'int32' && Math.abs(value) > 2_147_483_647) errors.push(`${at}: exceeds int32`);
      if (s.minimum !== undefined && value < s.minimum) errors.push(`${at}: below ${s.minimum}`);
      if (s.maximum !== undefined && value > s.maximum) errors.push(`${at}: above ${s.maximum}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(`${at}: expected boolean`);
      return;
    default:
      return;
  }
}

/** Every way `value` breaks the named component schema; empty when it conforms. */
export function specViolations(schemaName: string, value: unknown): string[] {
  const errors: string[] = [];
  check({ $ref: `#/components/schemas/${schemaName}` }, value, schemaName, errors);
  return errors;
}

/** maxLength of a string property of a component schema, read from the spec. */
export function specMaxLength(schemaName: string, property: string): number | undefined {
  return spec.components.schemas[schemaName]?.properties?.[property]?.maxLength;
}
