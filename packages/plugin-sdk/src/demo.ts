// The demo province's core records a plugin may build its own demo data on: its city's regions,
// estates and companies (plain copies; the registry owns them).
import { AS_OF, generateProvince } from '@wuye/dataset';

export interface DemoCity {
  /** the demo data's date (the seed document's), YYYY-MM-DD */
  asOf: string;
  /** the same as an instant: midnight in Fujian */
  asOfInstant: Date;
  regions: { code: string; name: string; level: string; parentCode: string | null }[];
  estates: {
    id: string;
    name: string;
    regionCode: string;
    category: string;
    households: number;
    companyId: string | null;
    latitude: number;
    longitude: number;
    /** the registry's ServiceMode: MARKET_COMPANY, BUNDLED ("大物业"), PARTY_LED_PUBLIC_INTEREST, NON_PROFIT, SELF_GOVERNANCE, NONE (无物业) */
    serviceMode: string;
    /** 兜底服务 — since when it has fallback service (YYYY-MM-DD), else null */
    fallbackSince: string | null;
  }[];
  companies: { id: string; uscc: string; name: string; regionCode: string }[];
}

export function demoCity(city: string, options: { scale?: number } = {}): DemoCity {
  const { registry } = generateProvince({ scale: options.scale });
  const prefix = city.slice(0, 4);
  return {
    asOf: AS_OF,
    asOfInstant: new Date(`${AS_OF}T00:00:00+08:00`),
    regions: registry.regions.filter((r) => r.code.startsWith(prefix)).map(({ code, name, level, parentCode }) => ({ code, name, level, parentCode })),
    estates: registry.estates
      .filter((e) => e.regionCode.startsWith(prefix))
      .map(({ id, name, regionCode, category, households, companyId, latitude, longitude, serviceMode, fallbackSince }) => ({ id, name, regionCode, category, households, companyId, latitude, longitude, serviceMode, fallbackSince })),
    companies: registry.companies.filter((c) => c.regionCode.startsWith(prefix)).map(({ id, uscc, name, regionCode }) => ({ id, uscc, name, regionCode })),
  };
}
