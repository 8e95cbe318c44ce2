// The layering of the house style is enforced by the linter; these cases prove the rules
// fire (a rule that never fires would let a layer leak silently).
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../..', import.meta.url)) });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layering rules', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'no-restricted-imports'],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n", 'no-restricted-imports'],
    ['shared/x.ts', 'export const title = document.title;\n', 'no-restricted-globals'],
    ['shared/x.ts', 'export const width = window.innerWidth;\n', 'no-restricted-globals'],
    ['shared/x.ts', 'export const env = process.env;\n', 'no-restricted-globals'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n", 'no-restricted-imports'],
    ['renderer/src/x.ts', "import { join } from 'node:path';\nexport const a = join;\n", 'no-restricted-imports'],
    ['renderer/src/x.ts', "import { join } from 'path';\nexport const a = join;\n", 'no-restricted-imports'],
    ['renderer/src/x.ts', "import { LibraryStore } from '../../host/library/library-store';\nexport const a = LibraryStore;\n", 'no-restricted-imports'],
    ['renderer/src/x.ts', 'export const env = process.env;\n', 'no-restricted-globals'],
    ['renderer/src/x.ts', 'export const value: any = 1;\n', '@typescript-eslint/no-explicit-any'],
  ])('%s: %j is an error (%s)', async (filePath, code, rule) => {
    expect(await ruleIds(filePath, code)).toContain(rule);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const schema = z.string();\n"],
    ['renderer/src/x.ts', 'export const title = document.title;\n'],
    ['electron/main/x.ts', "import { join } from 'node:path';\nexport const a = join;\n"],
  ])('%s: %j is allowed', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});
