// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-base/', 'reports/', 'test-results/', '.astro/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are mistakes, except a deliberate `_` prefix.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120; this catches the comments it leaves alone.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          // A worked example reads best on one line.
          ignorePattern: String.raw`^\s*(\*|//) (@example|// ->)`,
        },
      ],
    },
  },
  {
    files: ['src/scripts/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
