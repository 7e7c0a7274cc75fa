let frontMatter: Record<string, unknown> = {};

export function setDocFrontMatter(value: Record<string, unknown>): void {
  frontMatter = value;
}

export function useDoc() {
  return {frontMatter, metadata: {}};
}

export function useDocsVersion() {
  return {version: 'current', label: 'Next', isLast: false};
}
