import {vi} from 'vitest';

/** One history for the whole test run, so that a test can see what a component pushed. */
export const history = {
  push: vi.fn(),
  location: {pathname: '/', search: '', hash: '', state: undefined as unknown},
  listen: vi.fn((_listener: () => void) => () => {}),
};

export const useHistory = () => history;
