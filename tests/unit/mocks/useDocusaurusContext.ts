export default function useDocusaurusContext() {
  return {siteConfig: {title: 'LATAM Backend Path', baseUrl: '/'}, i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en', 'es', 'pt-BR']}};
}
