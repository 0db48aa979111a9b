import { i18n } from '../i18n'
import { label as registryLabel } from '../labels'

// The codes of the talent pool, needs and training by name, Chinese first (the services' enums); any other kind is
// src/labels.js's (e.g. the incubation stages).
const labels = {
  talentKind: {
    SOCIAL_WORKER: ['社工', 'Social worker'], SUPERVISOR: ['督导', 'Supervisor'], EXPERT: ['专家', 'Expert'],
    MENTOR: ['导师', 'Mentor'], VOLUNTEER: ['志愿者', 'Volunteer'], CAPABLE_PERSON: ['社区能人', 'Community capable person']
  },
  level: { JUNIOR: ['初级', 'Junior'], INTERMEDIATE: ['中级', 'Intermediate'], SENIOR: ['高级', 'Senior'] },
  field: {
    VULNERABLE_GROUPS: ['弱势群体关怀', 'Vulnerable groups'], COMMUNITY_DEVELOPMENT: ['社区发展', 'Community development'],
    DISASTER_MANAGEMENT: ['灾害管理', 'Disaster management'], LIVELIHOOD: ['生计发展', 'Livelihood'],
    YOUTH: ['青少年服务', 'Youth'], HEALTH: ['健康扶助', 'Health'], CONSULTING_EVALUATION: ['咨询评估', 'Consulting and evaluation'],
    ELDERLY_CARE: ['养老服务', 'Elderly care'], RURAL_REVITALIZATION: ['乡村振兴', 'Rural revitalization'],
    BRAND_BUILDING: ['品牌建设', 'Brand building'], GOVERNANCE: ['法人治理', 'Governance'],
    FINANCE_TAX: ['财税管理', 'Finance and tax'], PARTY_BUILDING: ['党建', 'Party building']
  },
  resourceKind: {
    FUNDS: ['资金', 'Funds'], MATERIALS: ['物资', 'Materials'], VOLUNTEERS: ['志愿者', 'Volunteers'], VENUE: ['场地', 'Venue'],
    EXPERTISE: ['专业支持', 'Expertise']
  },
  needStatus: { OPEN: ['待链接', 'Open'], LINKED: ['已链接', 'Linked'], CLOSED: ['已关闭', 'Closed'] },
  providerType: { FOUNDATION: ['基金会', 'Foundation'], ENTERPRISE: ['企业', 'Enterprise'], OTHER: ['其他', 'Other'] },
  tier: {
    PROVINCE: ['省级', 'Province'], CITY: ['市级', 'City'], DISTRICT: ['县（区）级', 'District'], STREET: ['街道（乡镇）级', 'Street'],
    COMMUNITY: ['社区（村）级', 'Community']
  },
  track: { INCUBATION: ['孵化', 'Incubation'], RESIDENT: ['入驻', 'Resident'] },
  enrolmentStatus: {
    ENROLLED: ['已报名', 'Enrolled'], WAITLISTED: ['候补', 'Waitlisted'], CANCELLED: ['已取消', 'Cancelled'],
    COMPLETED: ['已结业', 'Completed'], NOT_COMPLETED: ['未结业', 'Not completed']
  },
  audience: {
    ORGANIZATION_LEADER: ['组织负责人', 'Organization leader'], HUB_STAFF: ['枢纽工作人员', 'Hub staff'],
    SOCIAL_WORKER_ASSISTANT: ['社工助理', 'Social-worker assistant'], SOCIAL_WORKER: ['社工', 'Social worker'],
    SENIOR_SOCIAL_WORKER: ['资深社工', 'Senior social worker']
  },
  certificateStatus: { VALID: ['有效', 'Valid'], REVOKED: ['已撤销', 'Revoked'] }
}

export function label(kind, code) {
  const pair = labels[kind]?.[code]
  if (!pair) return registryLabel(kind, code)
  return i18n.global.locale.value === 'en' ? pair[1] : pair[0]
}

export function options(kind) {
  return Object.keys(labels[kind]).map((code) => ({ value: code, label: label(kind, code) }))
}
