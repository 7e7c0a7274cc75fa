/** The site is served at the root in unit tests: a path is its own address. */
export default function useBaseUrl(path: string): string {
  return path;
}
