import { vitestConfig } from '../vitest.shared.js';

export default vitestConfig({
  include: ['e2e/**/*.test.ts'],
  globalSetup: ['./e2e/global-setup.ts'],
  // one shared stack: a file that changes it (supergraph reload) must not overlap with the others
  fileParallelism: false,
});
