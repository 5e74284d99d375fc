// Service contracts (物业服务合同) and their filing (备案). Every estate served by a company has one
// current contract with it (in force on AS_OF); some also have the ended contract it replaced.

import { addDays, addYears, AS_OF, maxDate, minDate } from '../dates.js';
import { cityCodeOf } from '../region-codes.js';
import { Rng } from '../random.js';
import type { ContractKind, OwnersCommittee, PropertyCompany, ResidentialEstate, ServiceContract } from '../types.js';

/** current contracts were signed in the last five years, so a five-year term always reaches past AS_OF */
const EARLIEST_CURRENT = addDays(addYears(AS_OF, -5), 30);
const PREVIOUS_SHARE = 0.11;
const TERM_YEARS = [2, 3, 3, 5, 5];
/** filings left awaiting a decision, besides those too recent to have one by AS_OF */
const PENDING_SHARE = 0.01;
const REJECTED_SHARE = 0.022;

const REJECTION_REASONS = [
  '合同主要条款缺失，未明确物业服务内容和服务标准',
  '未附业主大会决定选聘物业服务企业的相关材料',
  '物业服务收费标准与公示价格不一致',
  '前期物业服务合同未按规定通过招投标方式选聘',
  '合同期限超出业主大会决定的期限',
  '物业服务企业营业执照信息与合同主体不一致',
  '未明确公共收益的归属和管理方式',
];

type Filing = Pick<ServiceContract, 'filingStatus' | 'filedOn' | 'decidedOn' | 'rejectionReason'>;

const filedAfter = (rng: Rng, signedOn: string) => minDate(addDays(signedOn, rng.int(1, 30)), AS_OF);
const decidedAfter = (rng: Rng, filedOn: string) => addDays(filedOn, rng.int(3, 20));

/** the filing of a current contract: mostly approved, some rejected, some still awaiting a decision */
function currentFiling(rng: Rng, signedOn: string): Filing {
  const filedOn = filedAfter(rng, signedOn);
  const decidedOn = decidedAfter(rng, filedOn);
  const roll = rng.next();
  if (decidedOn > AS_OF || roll < PENDING_SHARE) {
    return { filingStatus: 'SUBMITTED', filedOn, decidedOn: null, rejectionReason: null };
  }
  if (roll < PENDING_SHARE + REJECTED_SHARE) {
    return { filingStatus: 'REJECTED', filedOn, decidedOn, rejectionReason: rng.pick(REJECTION_REASONS) };
  }
  return { filingStatus: 'APPROVED', filedOn, decidedOn, rejectionReason: null };
}

/** an ended contract ran its course: its filing was approved */
function endedFiling(rng: Rng, signedOn: string): Filing {
  const filedOn = filedAfter(rng, signedOn);
  return { filingStatus: 'APPROVED', filedOn, decidedOn: decidedAfter(rng, filedOn), rejectionReason: null };
}

/** the last day of a term of `years` starting on `startsOn` */
const termEnd = (startsOn: string, years: number) => addDays(addYears(startsOn, years), -1);

type Terms = Pick<ServiceContract, 'estateId' | 'companyId' | 'kind' | 'signedOn' | 'startsOn' | 'endsOn'>;

// Written out field by field (not spread): one object shape for all rows keeps large scales fast.
// The id is numbered at the end, once the total (and so its width) is known.
function contract(terms: Terms, filing: Filing): ServiceContract {
  return {
    id: '',
    estateId: terms.estateId,
    companyId: terms.companyId,
    kind: terms.kind,
    signedOn: terms.signedOn,
    startsOn: terms.startsOn,
    endsOn: terms.endsOn,
    filingStatus: filing.filingStatus,
    filedOn: filing.filedOn,
    decidedOn: filing.decidedOn,
    rejectionReason: filing.rejectionReason,
  };
}

export function generateContracts(
  seed: number,
  estates: ResidentialEstate[],
  companies: PropertyCompany[],
  committees: OwnersCommittee[],
): ServiceContract[] {
  const rng = new Rng(seed, 'registry/contracts');
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const committeeByEstate = new Map(committees.map((c) => [c.estateId, c]));
  const companiesByCity = new Map<string, PropertyCompany[]>();
  for (const c of companies) {
    const city = cityCodeOf(c.regionCode);
    const list = companiesByCity.get(city);
    if (list) list.push(c);
    else companiesByCity.set(city, [c]);
  }

  const contracts: ServiceContract[] = [];
  for (const estate of estates) {
    if (estate.companyId === null) continue;
    const company = companyById.get(estate.companyId) as PropertyCompany;
    const committee = committeeByEstate.get(estate.id);
    // an ordinary contract is signed through the owners' committee; a preliminary one by the developer
    const usual: ContractKind = committee ? 'ORDINARY' : 'PRELIMINARY';
    const kind: ContractKind = rng.chance(0.9) ? usual : usual === 'ORDINARY' ? 'PRELIMINARY' : 'ORDINARY';
    // not before the company, the building, the fallback decision or (ordinary) the committee existed
    let earliest = maxDate(maxDate(EARLIEST_CURRENT, company.foundedOn), `${estate.buildYear}-01-01`);
    if (estate.fallbackSince) earliest = maxDate(earliest, estate.fallbackSince);
    if (kind === 'ORDINARY' && committee) earliest = maxDate(earliest, committee.electedOn);
    const signedOn = rng.dateBetween(earliest, AS_OF);
    const startsOn = minDate(addDays(signedOn, rng.int(0, 30)), AS_OF);
    let years = rng.pick(TERM_YEARS);
    while (termEnd(startsOn, years) <= AS_OF) years++;

    if (rng.chance(PREVIOUS_SHARE)) {
      // the contract it replaced: with the same company or another one of the city
      const previousCompany = rng.chance(0.5)
        ? company
        : rng.pick(companiesByCity.get(cityCodeOf(company.regionCode)) ?? [company]);
      const endsOn = addDays(startsOn, -1);
      const previousStart = addDays(addYears(endsOn, -rng.pick(TERM_YEARS)), 1);
      const previousSigned = addDays(previousStart, -rng.int(0, 30));
      if (previousSigned >= maxDate(previousCompany.foundedOn, `${estate.buildYear}-01-01`)) {
        const terms: Terms = {
          estateId: estate.id,
          companyId: previousCompany.id,
          kind: rng.chance(0.7) ? 'PRELIMINARY' : 'ORDINARY',
          signedOn: previousSigned,
          startsOn: previousStart,
          endsOn,
        };
        contracts.push(contract(terms, endedFiling(rng, previousSigned)));
      }
    }
    contracts.push(
      contract(
        { estateId: estate.id, companyId: company.id, kind, signedOn, startsOn, endsOn: termEnd(startsOn, years) },
        currentFiling(rng, signedOn),
      ),
    );
  }
  const width = Math.max(6, String(contracts.length).length);
  contracts.forEach((c, i) => (c.id = `SC${String(i + 1).padStart(width, '0')}`));
  return contracts;
}
