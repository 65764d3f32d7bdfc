// Lint enforces the layers of docs/architecture.md: renderer → (contract types only) → main/core → parsers.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'events', 'buffer'];

const electronForbidden = { name: 'electron', message: 'Only main/electron/ and preload/ may import electron.' };

/** no-restricted-imports with the given paths and patterns (type-only imports allowed where a pattern says so). */
const restrict = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [electronForbidden, { name: 'better-sqlite3', message: 'The renderer talks to the core only through the contract.' }, ...nodeBuiltins.map((name) => ({ name, message: 'No Node APIs in the renderer.' }))],
        [
          { group: ['node:*'], message: 'No Node APIs in the renderer.' },
          { group: ['**/main/**', '**/parsers/**', '**/preload/**'], allowTypeImports: true, message: 'The renderer may import only types from main/ (the contract); runtime code reaches it through window.crossdock or HTTP.' },
        ],
      ),
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['parsers/**/*.ts'],
    ignores: ['parsers/**/*.test.ts'],
    rules: restrict(
      [electronForbidden, ...nodeBuiltins.map((name) => ({ name, message: 'parsers/ is pure TypeScript that also runs in a browser or worker.' }))],
      [
        { group: ['node:*'], message: 'parsers/ is pure TypeScript that also runs in a browser or worker.' },
        { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'parsers/ depends on nothing but the language.' },
      ],
    ),
  },
  {
    files: ['main/core/**/*.ts'],
    rules: restrict([electronForbidden], [{ group: ['**/electron/**', '**/server/**', '**/cli/**', '**/renderer/**', '**/preload/**'], message: 'main/core/ is imported by the shells, never the reverse.' }]),
  },
  {
    files: ['main/server/**/*.ts', 'main/cli/**/*.ts'],
    rules: restrict([electronForbidden], [{ group: ['**/renderer/**', '**/main/electron/**'], message: 'Shells reach the core only.' }]),
  },
);
