import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layers depend one way: engine ← persistence ← state ← ui. */
const forbidLayers = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`**/${layer}`, `**/${layer}/**`],
        message: `This layer may not import from src/${layer} (engine ← persistence ← state ← ui).`,
      })),
    },
  ],
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
  { files: ['src/persistence/**'], rules: forbidLayers('state', 'ui') },
  { files: ['src/state/**'], rules: forbidLayers('ui') },
  {
    // The server serves the built app (and later rooms): it may use src/engine and
    // src/facilitation, never the browser's layers.
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', '@xstate/react'].map((name) => ({
            name,
            message: 'The server runs in Node: no UI or app-state libraries.',
          })),
          patterns: ['persistence', 'state', 'ui'].map((layer) => ({
            group: [`**/${layer}`, `**/${layer}/**`],
            message: `The server may import only from src/engine and src/facilitation, not src/${layer}.`,
          })),
        },
      ],
    },
  },
  {
    // The engine is pure: no React, no DOM, no storage.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', '@xstate/react'].map((name) => ({
            name,
            message: 'The engine is pure TypeScript: no UI or app-state libraries.',
          })),
          patterns: ['persistence', 'state', 'ui'].map((layer) => ({
            group: [`**/${layer}`, `**/${layer}/**`],
            message: `The engine may not import from src/${layer} (engine ← persistence ← state ← ui).`,
          })),
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage'],
    },
  },
);
