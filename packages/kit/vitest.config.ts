import { vitestConfig } from '../../vitest.shared.js';

export default vitestConfig({ globalSetup: ['./src/testing/global-setup.ts'] });
