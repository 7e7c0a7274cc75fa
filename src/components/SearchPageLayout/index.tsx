import React, {type ComponentProps, type ReactNode} from 'react';
import Layout from '@theme/Layout';

/**
 * The search plugin's page puts its content straight into the theme's Layout, which has no `<main>`:
 * the page had no main landmark for screen readers (axe: landmark-one-main, region) and the
 * "skip to main content" link had no main to skip to. plugins/search-overrides.ts gives that page this
 * Layout instead.
 */
export default function SearchPageLayout({children, ...props}: ComponentProps<typeof Layout>): ReactNode {
  return (
    <Layout {...props}>
      <main>{children}</main>
    </Layout>
  );
}
