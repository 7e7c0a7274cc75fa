/**
 * The capstone's stages and checks, in one place: the ids are stable English codes (a learner searches
 * for them), each check names the lesson section that teaches it, and each stage names the checklist
 * item it ticks on the capstone page (docs/08-capstone documents the same ids).
 */
export const STAGES = [
  {number: 1, slug: 'contract', page: 'contract-and-validation', checklistId: 'capstone-contract-checked'},
  {number: 2, slug: 'data', page: 'data-and-pagination', checklistId: 'capstone-data-checked'},
  {number: 3, slug: 'idempotency', page: 'idempotency', checklistId: 'capstone-idempotency-checked'},
  {number: 4, slug: 'security', page: 'security', checklistId: 'capstone-security-checked'},
  {number: 5, slug: 'operations', page: 'reliability-and-operations', checklistId: 'capstone-operations-checked'},
] as const;

export type Stage = (typeof STAGES)[number];

const API = 'the-role/api-design/';
const DATA = 'the-role/the-data-layer/';
const SECURITY = 'the-role/security-and-access-control/';
const RELIABILITY = 'the-role/reliability/';
const OPERATIONS = 'the-role/observability-and-operations/';
const RELEASE = 'skills/release-safety/';

/** Check id → the lesson section (path under /docs/next/ and anchor) to read when it fails. */
export const CHECKS = {
  'contract.openapi-document': `${API}#the-contract-comes-first`,
  'contract.create-refund': `${API}#the-contract-comes-first`,
  'contract.get-refund': `${API}#the-contract-comes-first`,
  'contract.unknown-refund-404': `${API}#errors-that-clients-can-handle-rfc-9457`,
  'contract.validation-names-every-field': `${API}#validation-at-the-boundary`,
  'contract.malformed-json-400': `${API}#errors-that-clients-can-handle-rfc-9457`,
  'contract.unsupported-media-type-415': `${API}#errors-that-clients-can-handle-rfc-9457`,
  'contract.cancel-refund': `${API}#errors-that-clients-can-handle-rfc-9457`,
  'data.list-shape-and-order': `${API}#cursor-pagination`,
  'data.list-parameter-validation': `${API}#validation-at-the-boundary`,
  'data.cursor-stable-under-inserts': `${API}#cursor-pagination`,
  'idempotency.replay-same-response': `${API}#idempotency-keys`,
  'idempotency.key-reuse-different-body-422': `${API}#idempotency-keys`,
  'idempotency.concurrent-same-key-one-refund': `${API}#races`,
  'idempotency.keys-scoped-per-tenant': `${API}#idempotency-keys`,
  'idempotency.key-format-400': `${API}#validation-at-the-boundary`,
  'security.missing-token-401': `${SECURITY}#authentication-is-not-authorization`,
  'security.unknown-token-401': `${SECURITY}#authentication-is-not-authorization`,
  'security.read-only-token-403': `${SECURITY}#authentication-is-not-authorization`,
  'security.tenant-read-isolation': `${SECURITY}#object-level-authorization`,
  'security.tenant-write-isolation': `${SECURITY}#object-level-authorization`,
  'operations.liveness': `${RELEASE}#validate-configuration-at-start-up`,
  'operations.readiness': `${RELEASE}#validate-configuration-at-start-up`,
  'operations.request-id': `${OPERATIONS}#correlation-ids`,
  'operations.rate-limit-429': `${RELIABILITY}#rate-limiting`,
  'operations.restart-keeps-refunds': `${DATA}#transactions-and-isolation`,
} as const;

export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

export const stageOf = (id: CheckId): Stage => STAGES.find((stage) => id.startsWith(`${stage.slug}.`))!;
