import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Zero I/O in the published code: no Node built-ins, and zod only through zod/mini (bundle
// size; see README "Size").
const zeroIo = [
  {
    regex: '^(node:)?(fs|path|os|http|https|net|child_process|worker_threads|process|crypto)(/.*)?$',
    message: 'src/ is zero I/O.',
  },
  { regex: '^zod$', message: "Use 'zod/mini': the classic API costs ~75 kB in a bundle." },
];

// The layers of src/, lowest first; imports point down only (README "Development"). A folder
// may import from itself and from the folders listed below it; never from a layer above or a
// sibling, and never from the entry files (src/*.ts), which only re-export.
const layers = {
  core: [],
  ceds: ['core'],
  awards: ['core'],
  format: ['core', 'ceds', 'awards'],
  svg: ['core', 'ceds', 'awards', 'format'],
  schemas: ['core', 'ceds', 'awards'],
};

function layerRule(layer) {
  const below = new Set([layer, ...layers[layer]]);
  const above = Object.keys(layers).filter((other) => !below.has(other));
  const patterns = [
    ...zeroIo,
    {
      regex: '^(\\.\\./)+(index|awards|svg|schemas)\\.js$',
      message: 'Entry files only re-export; import the module itself.',
    },
  ];
  if (above.length > 0)
    patterns.push({
      regex: `^(\\.\\./)+(${above.join('|')})/`,
      message: `src/${layer} may import only from ${[...below].map((l) => `src/${l}`).join(', ')}: imports point down the layers.`,
    });
  return { files: [`src/${layer}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'docs-site/**',
      'node_modules/**',
      'examples/dashboard/bundle.js',
      '.consumer/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.tests.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Zero I/O in the published code: no Node built-ins, clocks, randomness or console.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: zeroIo }],
      'no-restricted-globals': ['error', 'process', 'Date', 'console', 'setTimeout', 'fetch', 'require'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Take a seed; see src/core/prng.ts.' },
      ],
    },
  },
  {
    // Loops, not spread calls: `f(...xs)` passes every element as an argument, and an input large
    // enough (200,000 services) overflows the engine's argument limit with a RangeError.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':matches(CallExpression, NewExpression) > SpreadElement',
          message: 'Loop instead: a spread argument fails on an array longer than the argument limit.',
        },
      ],
    },
  },
  ...Object.keys(layers).map(layerRule),
  {
    files: ['test/**/*.ts', 'test-package/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        document: 'readonly',
        window: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        globalThis: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
