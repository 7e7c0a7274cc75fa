import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {SOCIAL_CARDS} from './socialCards';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): {width: number; height: number} {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

describe('social cards', () => {
  it.each(Object.entries(SOCIAL_CARDS))('%s: the image exists under static/ at 1200x630', (_kind, {file}) => {
    expect(pngSize(join(__dirname, '..', '..', 'static', file))).toEqual({width: 1200, height: 630});
  });
});
