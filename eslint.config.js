import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Pure code (the product's brain) must run the same in the browser, Node and tests. */
const browserApis = {
  patterns: [
    {
      group: ['#imports', 'wxt', 'wxt/*', '@webext-core/*'],
      message: 'lib/icp, lib/normalize and lib/extract stay free of browser APIs.',
    },
    { group: ['dexie', 'react', 'react-dom', 'zustand'], message: 'Pure modules import no storage or UI libraries.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['lib/icp/**', 'lib/normalize/**', 'lib/extract/**', 'lib/fit/**'],
    rules: { 'no-restricted-imports': ['error', browserApis] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/storage/*', '@/lib/db/*', '#imports'],
              message: 'components/ are presentational: props in, events out.',
            },
            { group: ['@/lib/messaging/*'], allowTypeImports: true, message: 'components/ never send messages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'react', 'react-dom', '@/lib/db/*', 'dexie'],
              message: 'Content scripts stay lean: collect and send.',
            },
          ],
        },
      ],
    },
  },
);
