// 组织库 work screens' shared helpers: the registry's paths, an organization's lifecycle and an annual inspection's,
// mirrored from the service (OrganizationStatus, InspectionStatus) so that only the actions the status allows and the
// caller's permissions grant are offered. The service still decides: its refusal is shown as it answers.
export const REGISTRY = '/api/registry/v1'

/**
 * An organization's lifecycle actions (OrganizationStatus.lifecycle): from which statuses, for which legal forms, the
 * permission each needs (@RequiresPermission of OrganizationController), its endpoint and the date field it takes.
 * 登记 for social groups, social-service organizations and foundations; 备案 for community organizations; 换届 and 注销
 * while registered or filed.
 */
export const LIFECYCLE = [
  { action: 'REGISTER', from: ['IN_PREPARATION'], forms: (form) => form !== 'COMMUNITY_ORGANIZATION',
    permission: 'registry:organization:register', path: 'registration', date: 'registeredOn' },
  { action: 'FILE', from: ['IN_PREPARATION'], forms: (form) => form === 'COMMUNITY_ORGANIZATION',
    permission: 'registry:organization:record', path: 'filing', date: 'filedOn' },
  { action: 'RENEW_BOARD', from: ['REGISTERED', 'FILED'], forms: () => true,
    permission: 'registry:organization:record', path: 'board-renewals', date: 'renewedOn' },
  { action: 'CANCEL', from: ['REGISTERED', 'FILED'], forms: () => true,
    permission: 'registry:organization:register', path: 'cancellation', date: 'cancelledOn', danger: true }
]

/** The lifecycle actions an organization's status and form allow and the session's permissions grant. */
export function lifecycleActions(organization, session) {
  if (!organization) return []
  return LIFECYCLE.filter((step) => step.from.includes(organization.status) && step.forms(organization.legalForm) &&
    session.can(step.permission))
}

/** An annual inspection's lifecycle (InspectionStatus.LIFECYCLE): what an officer may do in each status. */
export const INSPECTION_ACTIONS = {
  SUBMITTED: ['REVIEW'],
  REVIEWED: ['CONCLUDE'],
  BASIC_PASSED: ['RECTIFY'],
  FAILED: ['RECTIFY']
}

export const INSPECTION_STATUSES = ['SUBMITTED', 'REVIEWED', 'PASSED', 'BASIC_PASSED', 'FAILED', 'RECTIFIED']
export const ABNORMAL_REASONS = ['NO_ANNUAL_REPORT', 'RECTIFICATION_OVERDUE', 'REPORTED']

/** The status colour of an inspection's tag. */
export function inspectionTag(status) {
  return { PASSED: 'success', RECTIFIED: 'success', BASIC_PASSED: 'warning', FAILED: 'danger', REVIEWED: 'primary' }[status] || 'info'
}

/** The year whose annual reports are due now: last year (a year's report is submitted once it is over). */
export function lastYear() {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1
}
