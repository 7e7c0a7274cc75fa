import React from 'react';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {renderToString} from 'react-dom/server';
import Term from './index';

const context = vi.hoisted(() => ({locale: 'en'}));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({siteConfig: {}, i18n: {currentLocale: context.locale, defaultLocale: 'en'}}),
}));

const text = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

beforeEach(() => {
  context.locale = 'en';
});

describe('Term', () => {
  it('shows only the Spanish term on a Spanish page', () => {
    context.locale = 'es';
    expect(text(renderToString(<Term es="guardia" pt="plantão" />)).textContent).toBe('(guardia)');
  });

  it('shows only the Portuguese term on a Portuguese page', () => {
    context.locale = 'pt-BR';
    expect(text(renderToString(<Term es="guardia" pt="plantão" />)).textContent).toBe('(plantão)');
  });

  it('shows both on the English page, each marked with its language', () => {
    const body = text(renderToString(<Term es="guardia" pt="plantão" />));
    expect(body.textContent).toBe('(guardia in Spanish, plantão in Portuguese)');
    expect(body.querySelector('[lang="es"]')?.textContent).toBe('guardia');
    expect(body.querySelector('[lang="pt-BR"]')?.textContent).toBe('plantão');
  });

  it('names a term that both languages share once', () => {
    expect(text(renderToString(<Term es="contador" pt="contador" />)).textContent).toBe('(contador in Spanish and Portuguese)');
  });
});
