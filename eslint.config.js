import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'spec/**', 'data/**', '*.db*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Families add their tables and events to shared interfaces by declaration merging.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // A family uses another family only through the module that family chose to export.
    files: ['src/families/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/(?!public\\.ts$)',
              message: "Import another family's public.ts only; its other modules are its own.",
            },
          ],
        },
      ],
    },
  },
  {
    // The simulator changes the world through the families' public surfaces, as any family would.
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/families/[^/]+/(?!public\\.ts$)', message: 'The simulator uses a family through its public.ts only.' }] },
      ],
    },
  },
  {
    // The webhooks read what families publish, and families' state, through their public surfaces only.
    files: ['src/events/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/families/[^/]+/(?!public\\.ts$)', message: 'The webhooks use a family through its public.ts only.' }] },
      ],
    },
  },
  {
    // The store, the kit (registry, seeder, migrator) and the HTTP layer know no family;
    // only the composition root (src/sandbox.ts) reads the list of families.
    files: ['src/store/**/*.ts', 'src/kit/**/*.ts', 'src/http/**/*.ts', 'src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '/families/', message: 'Only the composition root names the families.' }] }],
    },
  },
);
