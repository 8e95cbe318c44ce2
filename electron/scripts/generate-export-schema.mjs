// `npm run schema:generate`: writes shared/export/claimmark-export.schema.json from the zod
// schema of the native export (shared/exchange/native-format.ts), so the shipped JSON
// Schema never drifts from what the app writes and reads. A unit test checks the file.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = new URL('../../', import.meta.url);
const target = new URL('shared/export/claimmark-export.schema.json', root);

// Vite's module runner loads the TypeScript sources as the app's build does.
const load = (path) => runnerImport(fileURLToPath(new URL(path, root)), { root: fileURLToPath(root), logLevel: 'error' });
const { module: format } = await load('shared/exchange/native-format.ts');
const { module: json } = await load('shared/export/serialize-json.ts');

writeFileSync(target, json.serializeJson(format.nativeExportJsonSchema()), 'utf8');
console.log(`Wrote ${fileURLToPath(target)}`);
