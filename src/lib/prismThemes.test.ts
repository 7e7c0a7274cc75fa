import {describe, expect, it} from 'vitest';
import {contrastRatio} from './contrast';
import {darkCodeTheme, lightCodeTheme, toHex as hex} from './prismThemes';

describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
])('%s code theme', (_name, theme) => {
  const background = hex(theme.plain.backgroundColor!);
  const colours = [theme.plain.color!, ...theme.styles.flatMap((s) => (s.style.color ? [s.style.color] : []))];
  it.each(colours.map(hex))('%s meets 4.5:1 on the background', (colour) => {
    expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(4.5);
  });
  it('fades no token', () => {
    expect(theme.styles.filter((s) => s.style.opacity !== undefined)).toEqual([]);
  });
});

describe('contrast ratio', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1);
  });
});
