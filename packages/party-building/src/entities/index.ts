import { CommitteeMemberPartyEntity } from './committee-member.js';
import { CompanyMembersEntity } from './company-members.js';
import { CrossAppointmentEntity } from './cross-appointment.js';
import { InstructorEntity } from './instructor.js';
import { OrganizationCompanyEntity, OrganizationEntity, OrganizationEstateEntity } from './organization.js';
import { SiteEntity, SiteEstateEntity } from './site.js';

export * from './committee-member.js';
export * from './company-members.js';
export * from './cross-appointment.js';
export * from './instructor.js';
export * from './organization.js';
export * from './site.js';

export const entities = [
  OrganizationEntity,
  OrganizationCompanyEntity,
  OrganizationEstateEntity,
  CompanyMembersEntity,
  InstructorEntity,
  CrossAppointmentEntity,
  CommitteeMemberPartyEntity,
  SiteEntity,
  SiteEstateEntity,
];
