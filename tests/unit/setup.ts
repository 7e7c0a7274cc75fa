import {afterEach} from 'vitest';
import {cleanup} from '@testing-library/react';
import {setDocFrontMatter} from './mocks/docs-client';

afterEach(() => {
  cleanup();
  localStorage.clear();
  setDocFrontMatter({});
});

// jsdom's Blob has no text() (every browser the site supports does); read it the old way.
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });
}
