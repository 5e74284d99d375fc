import { CommitteeEntity, CommitteeMemberEntity } from './committee.js';
import { CompanyEntity } from './company.js';
import { ContractEntity } from './contract.js';
import { EstateEntity } from './estate.js';
import { RegionEntity } from './region.js';

export * from './committee.js';
export * from './company.js';
export * from './contract.js';
export * from './estate.js';
export * from './region.js';

export const entities = [RegionEntity, EstateEntity, CompanyEntity, ContractEntity, CommitteeEntity, CommitteeMemberEntity];
