import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    awards: 'src/awards.ts',
    svg: 'src/svg.ts',
    schemas: 'src/schemas.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Shared chunks keep one copy of the core between entries in the ESM build.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'decimal.js'],
});
