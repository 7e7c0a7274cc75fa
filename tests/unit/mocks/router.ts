import {vi} from 'vitest';

/** One history for the whole test run, so that a test can see what a component pushed. */
export const history = {push: vi.fn()};

export const useHistory = () => history;
