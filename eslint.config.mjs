// The layer rule, as VS Code enforces its own: each layer may import only what it is allowed to.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electron = { name: 'electron', message: 'Only main/shell and main/preload may import electron.' };
const nodeIo = [
  ...nodeBuiltins.map((name) => ({ name, message: 'This layer does no I/O and runs without Node.' })),
  { name: 'better-sqlite3', message: 'This layer does no I/O.' },
  { name: 'ws', message: 'This layer does no I/O.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', '.tmp/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './renderer/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['main/core/**', 'main/browser-host/**', 'server/**', 'tests/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron] }] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...nodeIo], patterns: [{ group: ['**/main/**', '**/server/**', '**/renderer/**'], message: 'shared/ depends on nothing else in the project.' }] },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...nodeIo], patterns: [{ group: ['**/main/**', '**/server/**'], message: 'The renderer reaches the core only through the typed API.' }] },
      ],
    },
  },
);
