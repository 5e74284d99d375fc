import { vitestConfig } from '../vitest.shared.js';

export default vitestConfig({ include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'build/**/*.test.ts'] });
