// Lint rules, including the layering of the house style as errors: what each folder may import,
// which globals its runtime offers, and named exports only in product code.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = '{ts,tsx,js,mjs,cjs}';

// Import sources, as regexes so one list serves both `import … from` and `import()`.
const ELECTRON = /^electron(?:\/|$)/;
const NODE = new RegExp(`^(?:node:|(?:${builtinModules.filter((name) => !name.startsWith('node:')).join('|')})(?:/|$))`);
const REACT = /^react(?:-dom)?(?:\/|$)/;
/** Libraries that need Node's file system or a DOM, which shared/ cannot assume. */
const RUNTIME_BOUND = /^(?:jsdom|lowdb|proper-lockfile|dompurify|@mozilla\/readability)(?:\/|$)/;
/** A relative import that reaches into one of these folders of the app. */
const intoFolder = (...names) => new RegExp(`^\\.{1,2}/(?:.*/)?(?:${names.join('|')})(?:/|$)`);

// Globals by runtime, from the `globals` package rather than a hand list that misses most.
const nodeNames = new Set(Object.keys(globals.node));
const sharedNames = new Set(Object.keys(globals['shared-node-browser']));
/** What only a browser page has: the DOM, `window` and its aliases, layout, storage. */
const BROWSER_ONLY = [
  ...Object.keys(globals.browser).filter((name) => !nodeNames.has(name)),
  'localStorage',
  'sessionStorage',
  'navigator',
];
/** What only Node has: `process`, `Buffer`, CommonJS. */
const NODE_ONLY = Object.keys(globals.node).filter((name) => !sharedNames.has(name));
/** Input and output that both runtimes offer but that pure code has no business doing. */
const PLATFORM_IO = ['fetch', 'WebSocket'];

// Shapes the import and global rules cannot see, so they are ruled out where those rules apply.
const DEFAULT_EXPORTS = [
  'ExportDefaultDeclaration',
  "ExportSpecifier[exported.name='default']",
  "ExportSpecifier[exported.value='default']",
  "ExportAllDeclaration[exported.name='default']",
  'TSExportAssignment',
].map((selector) => ({ selector, message: 'Named exports only: a default export lets each importer name it differently.' }));
const UNREADABLE_IMPORT = {
  selector: "ImportExpression:not([source.type='Literal'])",
  message: 'Import a string literal, so the layering rules can check what is imported.',
};
const GLOBALTHIS_ESCAPES = [
  {
    selector: "MemberExpression[object.name='globalThis'][computed=true][property.type!='Literal']",
    message: 'Name a global directly, not by a computed key of globalThis, so the layering rules can check it.',
  },
  {
    selector: "Identifier[name='globalThis']:not(MemberExpression > Identifier.object, VariableDeclarator[id.type='ObjectPattern'] > Identifier.init)",
    message: 'Name a global directly, not through an alias of globalThis, so the layering rules can check it.',
  },
];

/**
 * The rules of one layer. Each restricted-* rule is configured once per file here, because a
 * later config object replaces, not extends, an earlier one's options for the same rule.
 * `imports` are [source regex, message]; `importNames` are no-restricted-imports `paths`;
 * `forbiddenGlobals` also covers reading them as properties of the `via` objects.
 */
function layer(files, { ignores = [], imports = [], importNames = [], forbiddenGlobals = null } = {}) {
  const rules = {
    'no-restricted-imports': [
      'error',
      { paths: importNames, patterns: imports.map(([regex, message]) => ({ regex: regex.source, caseSensitive: true, message })) },
    ],
    'no-restricted-syntax': [
      'error',
      ...DEFAULT_EXPORTS,
      UNREADABLE_IMPORT,
      ...imports.map(([regex, message]) => ({ selector: `ImportExpression[source.value=${regex}]`, message })),
      ...(forbiddenGlobals === null ? [] : GLOBALTHIS_ESCAPES),
    ],
  };
  if (forbiddenGlobals !== null) {
    const { names, via, message } = forbiddenGlobals;
    rules['no-restricted-globals'] = ['error', ...names.map((name) => ({ name, message }))];
    rules['no-restricted-properties'] = [
      'error',
      ...via.flatMap((object) => names.map((property) => ({ object, property, message }))),
    ];
  }
  return { files, ignores, rules };
}

const SHARED_ONLY = 'shared/ runs everywhere: it imports only shared/ and pure libraries.';
const NO_DOM_IN_NODE = {
  names: BROWSER_ONLY,
  via: ['globalThis', 'global'],
  message: 'This runs in plain Node: there is no DOM or browser global here.',
};
/** The Electron main process, except the one file that registers IPC handlers. */
const MAIN_PROCESS = {
  imports: [[intoFolder('renderer', 'web-host', 'preload'), 'The main process imports electron, host/, shared/ and Node, not the other sides.']],
  forbiddenGlobals: NO_DOM_IN_NODE,
};

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
  },
  layer([`shared/**/*.${CODE}`], {
    imports: [
      [ELECTRON, SHARED_ONLY],
      [NODE, SHARED_ONLY],
      [REACT, SHARED_ONLY],
      [RUNTIME_BOUND, SHARED_ONLY],
      [intoFolder('renderer', 'host', 'web-host', 'electron'), SHARED_ONLY],
    ],
    forbiddenGlobals: {
      names: [...BROWSER_ONLY, ...NODE_ONLY, ...PLATFORM_IO],
      via: ['globalThis'],
      message: 'shared/ runs everywhere and does no I/O: no DOM, browser or Node globals; pass in what it needs.',
    },
  }),
  layer([`host/**/*.${CODE}`], {
    imports: [
      [ELECTRON, 'host/ is plain Node, run by both hosts: only electron/ imports Electron.'],
      [intoFolder('renderer', 'electron', 'web-host'), 'host/ is the core both hosts run: it imports shared/ and Node, not a host or the renderer.'],
    ],
    forbiddenGlobals: NO_DOM_IN_NODE,
  }),
  layer([`web-host/**/*.${CODE}`], {
    imports: [
      [ELECTRON, 'The browser host is plain Node: only electron/ imports Electron.'],
      [intoFolder('electron', 'renderer'), 'The browser host imports host/, shared/ and Node; it serves the built renderer, never imports it.'],
    ],
    forbiddenGlobals: NO_DOM_IN_NODE,
  }),
  layer([`electron/main/**/*.${CODE}`], {
    ...MAIN_PROCESS,
    ignores: ['electron/main/ipc.ts'],
    importNames: [
      {
        name: 'electron',
        importNames: ['ipcMain'],
        message: 'Only electron/main/ipc.ts registers IPC handlers, so every one checks its sender in one place.',
      },
    ],
  }),
  layer(['electron/main/ipc.ts'], MAIN_PROCESS),
  layer([`electron/preload/**/*.${CODE}`], {
    imports: [
      [
        /^(?!(?:electron|(?:\.\.\/)+shared\/(?:api-methods|app-commands))$)/,
        'The sandboxed preload is a small, deliberate surface: it imports only electron, shared/api-methods and shared/app-commands.',
      ],
    ],
  }),
  layer([`electron/scripts/**/*.${CODE}`]),
  layer([`renderer/**/*.${CODE}`], {
    imports: [
      [ELECTRON, 'The renderer runs in Chromium: it reaches Electron only through the preload, via renderer/src/api.ts.'],
      [NODE, 'The renderer runs in Chromium without Node.'],
      [intoFolder('host', 'web-host', 'electron'), 'The renderer imports shared/ and talks to a host only through the API.'],
    ],
    forbiddenGlobals: {
      names: NODE_ONLY,
      via: ['globalThis', 'window', 'self'],
      message: 'The renderer runs in Chromium without Node.',
    },
  }),
);
