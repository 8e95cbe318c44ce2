// Lint rules, including the layering of the house style as errors:
// renderer/ and shared/ never import Electron or Node; shared/ never touches the DOM.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeAndElectronImports = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' },
    { group: ['node:*'], message: 'Node modules belong in electron/, not here.' },
    {
      group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'],
      message: 'Node modules belong in electron/, not here.',
    },
    { group: ['**/electron/**', '../electron/*', '**/host/**', '**/web-host/**'], message: 'Code here may not reach into the Electron side or the host.' },
  ],
};

const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'Node', 'Range', 'Selection', 'fetch'].map(
  (name) => ({ name, message: 'shared/ runs everywhere: no DOM or browser globals.' }),
);
const nodeGlobals = ['process', 'require', 'Buffer', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: 'The renderer runs in Chromium without Node.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'host/**/*.ts', 'web-host/**/*.ts', 'tests/**/*.ts', '*.config.ts', '*.config.js', 'electron/scripts/**/*.mjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', nodeAndElectronImports],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', nodeAndElectronImports],
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals.map((rule) => ({ ...rule, message: 'shared/ runs everywhere: no Node globals.' }))],
    },
  },
);
