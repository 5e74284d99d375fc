// Chinese names of party organisations and sites. People's names come from the registry's helpers.

import { chineseNumeral } from '../registry/names.js';
import type { SiteKind } from './types.js';

export const industryCommitteeName = (region: string) => `${region}物业行业党委`;
export const associationName = (region: string) => `${region}物业管理协会党支部`;

/** 党支部, or 党总支 from 50 members on */
const branch = (members: number) => (members >= 50 ? '党总支' : '党支部');

export const companyOrganizationName = (company: string, members: number) => company + branch(members);
/** a company whose members are attached to another organisation forms a 党小组 there (挂靠) */
export const affiliatedName = (company: string, host: string) => `${company}党小组（挂靠${host}）`;
/** 思明区物业服务企业联合党支部, then 第二…, 第三… within the county */
export const jointCompanyName = (county: string, n: number) =>
  `${county}物业服务企业${n === 1 ? '' : `第${chineseNumeral(n)}`}联合党支部`;

/** 社区 have a 党委, villages a 党支部 */
export const communityOrganizationName = (community: string) =>
  community + (community.endsWith('社区') ? '党委' : '党支部');

export const estateBranchName = (estate: string) => `${estate}党支部`;
export const jointEstateBranchName = (first: string, count: number) =>
  `${first}等${count === 2 ? '两' : chineseNumeral(count)}个小区联合党支部`;

const SITE_SUFFIX: Record<SiteKind, string> = {
  RED_PROPERTY_SERVICE_CENTRE: '红色物业服务中心',
  PARTY_MASS_SERVICE_CENTRE: '党群服务中心',
};
export const siteName = (community: string, kind: SiteKind) => community + SITE_SUFFIX[kind];
/** a second centre of the same kind in one community */
export const numberedSiteName = (base: string, n: number) => base.replace(/(红色物业|党群)/, `第${chineseNumeral(n)}$1`);
