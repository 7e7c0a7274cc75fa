/**
 * The site's public address. Forks and GitHub Pages project sites override it with SITE_URL and
 * BASE_URL (e.g. SITE_URL=https://you.github.io BASE_URL=/latam-backend-path/); docusaurus.config and
 * the capstone checker's lesson links both read it here.
 */
export function siteAddress(env: Record<string, string | undefined>): {siteUrl: string; baseUrl: string} {
  return {siteUrl: env.SITE_URL ?? 'https://latam-backend-path.github.io', baseUrl: env.BASE_URL ?? '/'};
}
