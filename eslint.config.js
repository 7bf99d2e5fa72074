import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers depend one way: engine ← persistence ← state ← ui; authoring sits beside them on the
 * engine; own-cases (the user's case files) on persistence, using authoring in its worker.
 */
const LAYERS =
  'engine ← persistence ← state/own-cases ← ui; authoring, facilitation and room may import only the engine';

/** Import patterns that keep a folder out of the given layers of src/. */
const layerPatterns = (layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}`, `**/${layer}/**`],
    message: `This layer may not import from src/${layer} (${LAYERS}).`,
  }));

/**
 * The app ships the validator and the YAML parsers only in a lazy chunk: `import()` of
 * src/authoring is allowed in src/ui (no-restricted-imports does not look at dynamic imports),
 * a static import is not.
 */
const AUTHORING_LAZY_ONLY = {
  group: ['**/authoring', '**/authoring/**'],
  message:
    'src/ui may load src/authoring only lazily, with import(), so the app ships it in its own chunk.',
};

const forbidLayers = (...layers) => ({
  'no-restricted-imports': ['error', { patterns: layerPatterns(layers) }],
});

/** Pure TypeScript: no React, no app state, no DOM, no storage (the engine, and authoring on it). */
const pure = (what, ...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: ['react', 'react-dom', 'zustand', '@xstate/react'].map((name) => ({
        name,
        message: `${what} is pure TypeScript: no UI or app-state libraries.`,
      })),
      patterns: layerPatterns(layers),
    },
  ],
  'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage'],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '.tmp', 'bench/_*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Never evaluate code.' },
        { selector: "NewExpression[callee.name='Function']", message: 'Never evaluate code.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Scenario text is data: render it as React text.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Scenario text is data: never assign innerHTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/persistence/**'], rules: forbidLayers('authoring', 'state', 'ui') },
  { files: ['src/state/**'], rules: forbidLayers('authoring', 'own-cases', 'ui') },
  { files: ['src/own-cases/**'], rules: forbidLayers('state', 'ui') },
  {
    // The server serves the built app and rooms in Node: src/engine, src/facilitation and
    // src/room only, never the browser's layers.
    files: ['src/server/**'],
    rules: pure('The server', 'authoring', 'persistence', 'state', 'ui'),
  },
  {
    files: ['src/ui/**'],
    rules: {
      // typescript-eslint's version, so that a type-only import (erased from the bundle) may stay.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...AUTHORING_LAZY_ONLY, allowTypeImports: true },
            {
              group: ['**/room/protocol.ts'],
              allowTypeImports: true,
              message:
                "The browser takes only types from the room protocol (its zod schemas would pull zod's full build into the app): values come from src/room/constants.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**'],
    rules: pure('The engine', 'authoring', 'persistence', 'state', 'ui'),
  },
  { files: ['src/authoring/**'], rules: pure('Authoring', 'persistence', 'state', 'ui') },
  {
    // Room mode's live protocol: shared by the server and the browser, zod and the engine only.
    files: ['src/room/**'],
    rules: pure(
      'The room protocol',
      'authoring',
      'facilitation',
      'persistence',
      'state',
      'ui',
      'server',
    ),
  },
  {
    // The lecturer's class report: pure figures from exported runs, on the engine only.
    files: ['src/class-report/**'],
    rules: pure('The class report', 'authoring', 'persistence', 'state', 'ui', 'server'),
  },
  {
    // The facilitation flow runs in the presenter, the audience window and the server alike.
    files: ['src/facilitation/**'],
    rules: pure('Facilitation', 'authoring', 'persistence', 'state', 'ui', 'server'),
  },
);
