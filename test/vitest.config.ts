import { vitestConfig } from '../vitest.shared.js';

export default vitestConfig({ include: ['e2e/**/*.test.ts'], globalSetup: ['./e2e/global-setup.ts'] });
