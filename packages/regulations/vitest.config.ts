import { vitestConfig } from '../../vitest.shared.js';

export default vitestConfig({ globalSetup: ['../kit/src/testing/global-setup.ts'] });
