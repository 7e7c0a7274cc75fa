/**
 * Pinned edition addresses. `/docs/…` always serves the latest edition; a bootcamp pins its syllabus with
 * `/docs/<edition>/…`. While an edition is the latest, those pinned addresses redirect to `/docs/…`;
 * once a newer edition is released they become real pages of the older edition. Either way they work.
 */
export function pinnedEditionRedirects(versions: string[]): (existingPath: string) => string[] | undefined {
  const [latest, ...older] = versions;
  if (!latest) return () => undefined;
  const notLatest = new RegExp(`/docs/(next|${older.map((v) => v.replace(/\./g, '\\.')).join('|') || '(?!)'})/`);
  return (existingPath) => {
    const match = /^(.*?\/docs\/)(.*)$/.exec(existingPath);
    if (!match || notLatest.test(existingPath)) return undefined;
    return [`${match[1]}${latest}/${match[2]}`];
  };
}
