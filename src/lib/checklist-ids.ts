/**
 * The rules for checklist item ids, in one place. An id is a learner's progress key: it is written once
 * in a lesson (`- [ ] I can … {#api-idempotency-keys}`) and must never change or be reused.
 */
export const CHECKLIST_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CHECKLIST_ID_MAX_LENGTH = 60;
export const CHECKLIST_ID_MIN_LENGTH = 3;

/** The `{#id}` marker that ends a checklist item's text. */
export const CHECKLIST_MARKER = /\s*\{#([^}\n]*)\}\s*$/;

/** Why `id` is not a valid checklist id, or `null` when it is. */
export function checklistIdProblem(id: string): string | null {
  if (id.length < CHECKLIST_ID_MIN_LENGTH || id.length > CHECKLIST_ID_MAX_LENGTH) {
    return `id "${id}" has ${id.length} characters; use ${CHECKLIST_ID_MIN_LENGTH} to ${CHECKLIST_ID_MAX_LENGTH}`;
  }
  if (!CHECKLIST_ID_PATTERN.test(id)) {
    return `id "${id}" must be lowercase letters and digits joined by single hyphens, e.g. "api-idempotency-keys"`;
  }
  return null;
}

/**
 * MDX reads `{…}` as a JavaScript expression, so the `{#id}` marker at the end of a list line is
 * escaped before MDX parses the file (Docusaurus does the same for `{#heading-id}`). Lines keep their
 * numbers, so error positions stay right.
 */
export function escapeChecklistIdMarkers(source: string): string {
  return source.replace(/^([ \t]*[-*+] .*?)\{#([^}\n]*)\}[ \t]*$/gm, '$1\\{#$2\\}');
}

export type ChecklistSourceItem = {id: string | null; label: string; line: number};
export type ChecklistSourceBlock = {line: number; items: ChecklistSourceItem[]};

/**
 * Finds the checklists of a lesson in its raw source, with 1-based line numbers, for build-time checks
 * and the curriculum data. Fenced code is skipped so that documentation showing the syntax is not read
 * as a checklist.
 */
export function extractChecklists(source: string): ChecklistSourceBlock[] {
  const blocks: ChecklistSourceBlock[] = [];
  let current: ChecklistSourceBlock | null = null;
  let fence: string | null = null;
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(text);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    if (/^\s*<Checklist[\s>]/.test(text)) {
      current = {line, items: []};
      blocks.push(current);
      return;
    }
    if (/^\s*<\/Checklist>/.test(text)) {
      current = null;
      return;
    }
    const item = current && /^\s*[-*+] \[[ xX]\] (.*)$/.exec(text);
    if (current && item) {
      const body = item[1]!;
      const marker = CHECKLIST_MARKER.exec(body);
      current.items.push({
        id: marker ? marker[1]!.trim() : null,
        label: (marker ? body.slice(0, marker.index) : body).trim(),
        line,
      });
    }
  });
  return blocks;
}
