// Individuals: instructors (党建指导员) and cross-appointments (交叉任职). Their names are personal data:
// only officials over the row's region see them; everyone else sees 张**.
import { administers, defineLoader, inKeyOrder, keysetConnection, maskPersonalName, regionPrefix, type Viewer } from '@wuye/kit';
import { CrossAppointmentEntity, InstructorEntity, type CrossAppointment, type Instructor } from '../entities/index.js';
import { builder, type PartyContext } from './builder.js';
import { CommitteeRef, CompanyRef, EstateRef } from './core-entities.js';
import { OrganizationRef } from './organization.js';

const personalName = (viewer: Viewer, name: string, regionCode: string) => (administers(viewer, regionCode) ? name : maskPersonalName(name));

export const instructorById = defineLoader<string, Instructor | null, PartyContext>(async (ids, ctx) =>
  inKeyOrder(ids, await ctx.em.find(InstructorEntity, { id: { $in: [...ids] } }), (i) => i.id),
);

export const InstructorRef = builder.objectRef<Instructor>('PartyInstructor').implement({
  description: '党建指导员 — an instructor sent to a company or estate that cannot yet found an organisation',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ description: 'masked (张**) unless you are an official over its region', resolve: (i, _args, ctx) => personalName(ctx.viewer, i.name, i.regionCode) }),
    sentOn: t.field({ type: 'Date', description: '选派日期', resolve: (i) => i.sentOn }),
    recalledOn: t.field({ type: 'Date', nullable: true, resolve: (i) => i.recalledOn }),
    company: t.field({ type: CompanyRef, nullable: true, resolve: (i) => (i.companyId ? { id: i.companyId } : null) }),
    estate: t.field({ type: EstateRef, nullable: true, resolve: (i) => (i.estateId ? { id: i.estateId } : null) }),
  }),
});

export const AppointmentSideEnum = builder.enumType('AppointmentSide', {
  description: '任职方 — the side a cross-appointed person comes from',
  values: { COMPANY: { description: '物业服务企业' }, OWNERS_COMMITTEE: { description: '业主委员会' } } as const,
});

export const OrganizationRoleEnum = builder.enumType('OrganizationRole', {
  description: '社区党组织职务 — the role held in the community party organisation',
  values: { DEPUTY_SECRETARY: { description: '副书记 — deputy secretary' }, PART_TIME_MEMBER: { description: '兼职委员 — part-time member' } } as const,
});

export const CrossAppointmentRef = builder.objectRef<CrossAppointment>('CrossAppointment').implement({
  description: '交叉任职 — one person\'s roles on both sides: company or owners\' committee ↔ community party organisation',
  fields: (t) => ({
    id: t.exposeID('id'),
    personName: t.string({ description: 'masked (张**) unless you are an official over its region', resolve: (a, _args, ctx) => personalName(ctx.viewer, a.personName, a.regionCode) }),
    side: t.field({ type: AppointmentSideEnum, resolve: (a) => a.side as 'COMPANY' }),
    company: t.field({ type: CompanyRef, nullable: true, resolve: (a) => (a.companyId ? { id: a.companyId } : null) }),
    ownersCommittee: t.field({ type: CommitteeRef, nullable: true, resolve: (a) => (a.committeeId ? { id: a.committeeId } : null) }),
    sideRole: t.exposeString('sideRole', { description: 'the role on the company / committee side, e.g. 党支部书记, 业委会主任' }),
    organization: t.field({ type: OrganizationRef, description: 'the community party organisation', resolve: (a) => a.organizationId }),
    organizationRole: t.field({ type: OrganizationRoleEnum, resolve: (a) => a.organizationRole as 'DEPUTY_SECRETARY' }),
    startsOn: t.field({ type: 'Date', resolve: (a) => a.startsOn }),
    endsOn: t.field({ type: 'Date', nullable: true, resolve: (a) => a.endsOn }),
  }),
});

const AppointmentFilter = builder.inputType('CrossAppointmentFilter', {
  description: 'Filters for a list of cross-appointments',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: 'appointments in community organisations of this region\'s subtree' }),
    side: t.field({ type: AppointmentSideEnum }),
    organizationRole: t.field({ type: OrganizationRoleEnum }),
    companyId: t.id(),
  }),
});

builder.queryFields((t) => ({
  crossAppointments: t.connection({
    type: CrossAppointmentRef,
    description: '交叉任职 — cross-appointments, filtered and paged (e.g. 集美区 company party leaders as 副书记)',
    args: { filter: t.arg({ type: AppointmentFilter }) },
    resolve: (_root, args, ctx) => {
      const where: Record<string, unknown> = {};
      const f = args.filter ?? {};
      if (f.regionCode) where.regionCode = { $like: `${regionPrefix(f.regionCode)}%` };
      if (f.side) where.side = f.side;
      if (f.organizationRole) where.organizationRole = f.organizationRole;
      if (f.companyId) where.companyId = f.companyId;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(CrossAppointmentEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (a) => [a.id],
        () => ctx.em.count(CrossAppointmentEntity, where),
      );
    },
  }),
}));
