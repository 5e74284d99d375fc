// Property companies (物业服务企业) and which of them serves each estate. Companies are spread over
// the counties in proportion to the estates needing one, so that every company can serve at least
// one estate of its own county; the rest go to companies of the same city, skewed towards a few large
// ones and towards the estate's own county.

import { apportion } from '../apportion.js';
import { COUNTIES, CITIES, type County } from '../fujian.js';
import { cityCodeOf, countyCodeOf } from '../region-codes.js';
import { Rng, WeightedTable } from '../random.js';
import type { PropertyCompany, ServiceMode } from '../types.js';
import type { EstateSite } from './estates.js';
import { FIGURES, scaled } from './figures.js';
import { chineseNumeral, companyName, uniqueName } from './names.js';
import type { ServiceAssignment } from './service-modes.js';
import { companyUscc, USCC_CHARSET } from './uscc.js';

/** the modes whose estates are served by a company */
const COMPANY_MODES: ReadonlySet<ServiceMode> = new Set(['MARKET_COMPANY', 'BUNDLED', 'PARTY_LED_PUBLIC_INTEREST']);

const STATE_OWNED_SHARE = 0.15;
/** how much more a company takes estates in its own county than elsewhere in its city */
const OWN_COUNTY_PREFERENCE = 6;

export interface CompanyAssignment {
  companies: PropertyCompany[];
  /** per estate, in the order of the estates */
  companyIds: (string | null)[];
}

interface Candidate {
  company: PropertyCompany;
  /** relative market share within its city (Pareto: a few large, many small) */
  size: number;
}

function companyId(index: number, total: number): string {
  return `C${String(index + 1).padStart(Math.max(4, String(total).length), '0')}`;
}

const DECIMAL_DIGITS = Array.from('0123456789');
const USCC_CHARS = Array.from(USCC_CHARSET);

/** Old organisation codes are 8 digits; those issued since 2016 start with "MA". */
function organisationBody(rng: Rng, foundedOn: string): string {
  const draw = (n: number, alphabet: string[]) => Array.from({ length: n }, () => rng.pick(alphabet)).join('');
  return foundedOn >= '2016' ? `MA${draw(6, USCC_CHARS)}` : draw(8, DECIMAL_DIGITS);
}

/** 福建…, 厦门…, or for a county-level city or county its own name (晋江…, 福清…) */
function namePrefix(rng: Rng, county: County): string {
  const city = (CITIES.find((c) => c.code === county.cityCode)?.name ?? '').replace(/市$/, '');
  const local = /[县市]$/.test(county.name) ? county.name.slice(0, -1) : null;
  return local ? rng.weightedPick(['福建', city, local], [2, 6, 2]) : rng.weightedPick(['福建', city], [2, 6]);
}

function createCompanies(rng: Rng, countyCounts: Map<string, number>, total: number): Candidate[] {
  const names = new Set<string>();
  const usccs = new Set<string>();
  const candidates: Candidate[] = [];
  for (const county of COUNTIES) {
    for (let i = 0; i < (countyCounts.get(county.code) ?? 0); i++) {
      const stateOwned = rng.chance(STATE_OWNED_SHARE);
      const foundedOn = rng.dateBetween('1995-01-01', '2022-12-31');
      const prefix = namePrefix(rng, county);
      const name = uniqueName(
        names,
        () => companyName(rng, prefix, stateOwned),
        (base, n) => base.replace('物业', `${chineseNumeral(n)}物业`),
      );
      let uscc = companyUscc(county.code, organisationBody(rng, foundedOn));
      while (usccs.has(uscc)) uscc = companyUscc(county.code, organisationBody(rng, foundedOn));
      usccs.add(uscc);
      const company: PropertyCompany = {
        id: companyId(candidates.length, total),
        uscc,
        name,
        ownership: stateOwned ? 'STATE_OWNED' : 'PRIVATE',
        regionCode: county.code,
        foundedOn,
      };
      // state-owned companies tend to be the large ones
      const size = Math.min(60, (1 - rng.next()) ** (-1 / 1.2)) * (stateOwned ? 2 : 1);
      candidates.push({ company, size });
    }
  }
  return candidates;
}

/** companies per county, proportional to the estates needing one (city first, then county) */
function companiesPerCounty(total: number, servedByCounty: Map<string, number[]>): Map<string, number> {
  const counties = (cityCode: string) => COUNTIES.filter((c) => c.cityCode === cityCode);
  const servedIn = (county: County) => servedByCounty.get(county.code)?.length ?? 0;
  const perCity = apportion(total, CITIES.map((city) => counties(city.code).reduce((n, c) => n + servedIn(c), 0)));
  const result = new Map<string, number>();
  CITIES.forEach((city, i) => {
    const cityCounties = counties(city.code);
    const shares = apportion(perCity[i] as number, cityCounties.map(servedIn));
    cityCounties.forEach((c, j) => result.set(c.code, shares[j] as number));
  });
  return result;
}

export function generateCompanies(
  seed: number,
  estates: EstateSite[],
  services: ServiceAssignment[],
  scale: number,
): CompanyAssignment {
  const rng = new Rng(seed, 'registry/companies');
  const servedByCounty = new Map<string, number[]>();
  estates.forEach((e, i) => {
    if (!COMPANY_MODES.has((services[i] as ServiceAssignment).serviceMode)) return;
    const county = countyCodeOf(e.regionCode);
    const list = servedByCounty.get(county);
    if (list) list.push(i);
    else servedByCounty.set(county, [i]);
  });

  const total = scaled(FIGURES.companies, scale);
  const candidates = createCompanies(rng, companiesPerCounty(total, servedByCounty), total);
  const companyIds: (string | null)[] = estates.map(() => null);

  // a table per county over the companies of its city (over the province when the city has none:
  // only at very small scales)
  const tableFor = (countyCode: string) => {
    const city = candidates.filter((c) => cityCodeOf(c.company.regionCode) === cityCodeOf(countyCode));
    return new WeightedTable(city.length > 0 ? city : candidates, (c) =>
      c.company.regionCode === countyCode ? c.size * OWN_COUNTY_PREFERENCE : c.size,
    );
  };

  for (const [countyCode, indexes] of servedByCounty) {
    const own = candidates.filter((c) => c.company.regionCode === countyCode);
    const shuffled = rng.shuffle(indexes);
    // every company serves at least one estate of its own county
    own.forEach((c, k) => {
      companyIds[shuffled[k] as number] = c.company.id;
    });
    const table = tableFor(countyCode);
    for (const index of shuffled.slice(own.length)) companyIds[index] = table.pick(rng).company.id;
  }
  return { companies: candidates.map((c) => c.company), companyIds };
}
