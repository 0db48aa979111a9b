import './i18n.js'

/**
 * The registry work screens' menus (年检, 异常名录), kept beside their code and spread into the console's menu list by
 * router.js. Each names the permissions (any of them) that open it, as AnnualInspectionController and
 * AbnormalListController enforce them. The organization's lifecycle actions are on its profile (/organizations/:id).
 */
export const registryMenus = [
  {
    path: '/annual-inspections', name: 'annualInspections', icon: 'Stamp', permissions: ['registry:inspection:read'],
    component: () => import('./AnnualInspections.vue')
  },
  {
    path: '/abnormal-list', name: 'abnormalList', icon: 'Warning', permissions: ['registry:abnormal:read'],
    component: () => import('./AbnormalList.vue')
  }
]

/** Pages reached from a link rather than a menu: none yet (the profile's panels are components of it). */
export const registryRoutes = []
