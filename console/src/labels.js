import { i18n } from './i18n'

// The registry's codes by name, Chinese first (the services' enums and DOMAIN.md).
const labels = {
  legalForm: {
    SOCIAL_GROUP: ['社会团体', 'Social group'], SOCIAL_SERVICE_ORGANIZATION: ['社会服务机构', 'Social-service organization'],
    FOUNDATION: ['基金会', 'Foundation'], COMMUNITY_ORGANIZATION: ['社区社会组织', 'Community organization']
  },
  category: {
    PUBLIC_WELFARE: ['公益慈善类', 'Public welfare'], CULTURE_SPORTS: ['文化体育类', 'Culture and sports'],
    MEDIATION_RIGHTS: ['疏导维权类', 'Mediation and rights'], CIVIC_EDUCATION: ['市民教育类', 'Civic education'],
    COMMUNITY_SERVICE: ['社区服务类', 'Community service'], SOCIAL_AFFAIRS: ['社会事务类', 'Social affairs']
  },
  status: {
    IN_PREPARATION: ['筹建中', 'In preparation'], REGISTERED: ['已登记', 'Registered'], FILED: ['已备案', 'Filed'],
    CANCELLED: ['已注销', 'Cancelled']
  },
  stage: {
    APPLIED: ['项目申请', 'Applied'], INSPECTION: ['考察辅导', 'Inspection'], ADMISSION_EVALUATION: ['入壳评估', 'Admission evaluation'],
    IN_SHELL: ['在壳孵化', 'In shell'], GROWTH_EVALUATION: ['成长评估', 'Growth evaluation'], GRADUATED: ['出壳', 'Graduated'],
    FOLLOW_UP: ['后续服务', 'Follow-up'], CLOSED: ['结案', 'Closed'], RESIDENT: ['入驻', 'Resident'], EXITED: ['退出', 'Exited'],
    REJECTED: ['未通过', 'Rejected'], WITHDRAWN: ['撤回', 'Withdrawn'], TERMINATED: ['终止', 'Terminated']
  },
  maturity: {
    IN_PREPARATION: ['筹建型', 'Preparing'], STARTUP: ['初创型', 'Start-up'], DEVELOPING: ['发展型', 'Developing'],
    MODEL: ['示范型', 'Model']
  }
}

export function label(kind, code) {
  const pair = labels[kind]?.[code]
  if (!pair) return code ?? ''
  return i18n.global.locale.value === 'en' ? pair[1] : pair[0]
}

export function options(kind) {
  return Object.keys(labels[kind]).map((code) => ({ value: code, label: label(kind, code) }))
}
