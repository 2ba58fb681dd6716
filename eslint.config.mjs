import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Import rules from design.md, enforced here as well as by the per-folder tsconfigs.
const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run without Node.' };
const electronModule = { name: 'electron', message: 'Only the Electron edge may import electron.' };

export default defineConfig(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'release/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, { name: 'ws' }, { name: 'react' }, { name: 'zustand' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**', '**/renderer/**', '**/simulator/**'],
              message: 'shared/ imports shared/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, { name: 'ws' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**', '**/simulator/**'],
              message: 'The renderer talks to main only through the preload API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/{transport,protocol,outlet,ota,cli,services,support,site,discovery}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [
            { group: ['**/renderer/**'], message: 'Main-process code never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['simulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [
            {
              group: ['**/electron/**', '**/shared/**', '**/renderer/**'],
              message:
                'The simulator writes its own frames: sharing the client codec would hide codec bugs.',
            },
          ],
        },
      ],
    },
  },
);
