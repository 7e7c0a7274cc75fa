/** Docusaurus plugin: replaces the browser bundle's entry with ./entry.ts (the reason is there). */
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

export const STAGED_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'entry.ts');

export default function stagedBootPlugin(): Plugin {
  return {
    name: 'staged-boot',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {mergeStrategy: {entry: 'replace'}, entry: STAGED_ENTRY};
    },
  };
}
