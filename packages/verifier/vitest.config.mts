import { vitestConfig } from '../../vitest.shared.mts';

export default vitestConfig();
