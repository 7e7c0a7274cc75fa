/**
 * Links into the site. The bundled check.mjs gets the address of the site that serves it at build
 * time (plugins/capstone-checker); run from the sources it reads SITE_URL and BASE_URL like the site.
 */
import {siteAddress} from '../../src/lib/site-address';
import {CHECKS, type CheckId, type Stage} from './catalog';

declare const __CAPSTONE_SITE__: string | undefined;

function siteRoot(): string {
  if (typeof __CAPSTONE_SITE__ === 'string') return __CAPSTONE_SITE__;
  const {siteUrl, baseUrl} = siteAddress(process.env);
  return `${siteUrl.replace(/\/+$/, '')}${baseUrl}`;
}

/** The capstone exists in the Next edition; lessons link the same edition so anchors match. */
const docs = () => `${siteRoot()}docs/next/`;

export const lessonLink = (id: CheckId) => `${docs()}${CHECKS[id]}`;
export const stagePageLink = (stage: Stage) => `${docs()}capstone/${stage.page}/`;
export const capstoneLink = () => `${docs()}capstone/`;
export const progressPageLink = () => `${siteRoot()}progress/`;
