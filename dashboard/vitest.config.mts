import { vitestConfig } from '../vitest.shared.mts';

// The browser test starts the whole federation and Chromium: give it room.
export default vitestConfig({ testTimeout: 120_000 });
