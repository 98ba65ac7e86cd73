import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'server/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/server/**/*.test.ts',
    ],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
