import './i18n.js'

/**
 * The talent pool (人才库), needs and offers (需求库) and an org-admin's own organization (我的组织): menus kept beside
 * their code and spread into the console's menu list by router.js. Each names the permissions (any of them) that open
 * it, as the services' @RequiresPermission declare them.
 */
export const orgMenus = [
  {
    path: '/talent', name: 'talentPool', icon: 'User', permissions: ['registry:talent:read'],
    component: () => import('./TalentPool.vue')
  },
  {
    path: '/needs', name: 'needs', icon: 'Connection', permissions: ['registry:need:read'],
    component: () => import('./Needs.vue')
  },
  {
    // An organization's own people: enrolling them and submitting award reports are the org-admin's alone.
    path: '/my-organization', name: 'myOrganization', icon: 'House',
    permissions: ['training:enrolment:write', 'grants:report:submit'],
    component: () => import('./MyOrganization.vue')
  }
]

/** Pages reached from a list: a person's profile, a need with its matches and linkages. */
export const orgRoutes = [
  {
    path: '/talent/:id', name: 'talentProfile', component: () => import('./TalentProfile.vue'),
    meta: { permissions: ['registry:talent:read'] }, props: true
  },
  {
    path: '/needs/:id', name: 'need', component: () => import('./NeedDetail.vue'),
    meta: { permissions: ['registry:need:read'] }, props: true
  }
]
