// The lint gate (`npm run lint`, run by .ci/run before the long suites): ESLint's and
// typescript-eslint's recommended sets (the type-aware one), less the rules that only judge
// taste or that the compiler already enforces, plus a few that catch defects the compiler
// does not see: a promise nobody awaits, `${object}` printing [object Object], a switch that
// forgets a member of a union, a value compared with itself, a loop whose condition never
// changes. Type-aware rules read the project through TypeScript 6.0's JavaScript API (this
// folder's own install: the project builds with TypeScript 7, which has no JavaScript API).

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const files = ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'];

export default [
  {
    basePath: root,
    ignores: ['dist/**', 'output/**', 'node_modules/**', 'scripts/**', 'test/e2e/strapi/**', 'test/e2e/directus/**', 'test/e2e/wordpress/**', '**/*.d.ts', '.newsdesk/**'],
  },
  ...[js.configs.recommended, ...tseslint.configs.recommendedTypeChecked].map((config) => ({ ...config, basePath: root, files })),
  {
    basePath: root,
    files,
    languageOptions: {
      // src/ and test/ in one program (the build's tsconfig.json covers src/ only).
      parserOptions: { project: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Off: they judge taste, not behaviour.
      // An `async` function without `await` fits an interface that returns a promise.
      '@typescript-eslint/require-await': 'off',
      // A redundant `!` or `as` changes nothing at run time, and the lint's TypeScript (6.0)
      // and the build's (7) may narrow differently: removing one could break the build.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',

      // On, beyond the recommended sets: defects the compiler does not see.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      // Dead code is often a half-finished change; `_name` marks a binding kept on purpose
      // (a destructured field left out of a rest object, a positional parameter).
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read parsed JSON (a server's body, a written file) and assert on it: `any` there
    // is checked by the assertion itself.
    basePath: root,
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
];
