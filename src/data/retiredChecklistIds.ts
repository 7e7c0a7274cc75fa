/**
 * Checklist item ids that a published edition used and the current lessons no longer do. A learner may
 * have ticked them, so they are never dropped silently: each is either retired (kept in old editions,
 * counted nowhere new) or mapped to the id that replaces it, whose tick it then counts as.
 * `npm test` fails when an id disappears without an entry here.
 */
export type RetiredChecklistId = {reason: string; successor?: string};

export const retiredChecklistIds: Record<string, RetiredChecklistId> = {};
