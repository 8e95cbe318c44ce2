// Validates values against shared/export/claimmark-export.schema.json (generated from
// shared/exchange/native-format.ts by npm run schema:generate) with Ajv (JSON Schema
// draft 2020-12, with the date-time, date and uri formats).

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const NATIVE_SCHEMA_PATH = new URL('../../shared/export/claimmark-export.schema.json', import.meta.url);
export const nativeSchema = JSON.parse(readFileSync(NATIVE_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(nativeSchema);

/** Every way the value breaks the schema, as "/json/pointer message"; empty when it is valid. */
export function nativeSchemaProblems(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is not valid'}`);
}
