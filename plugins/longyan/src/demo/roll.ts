import { DemoRandom } from '@wuye/plugin-sdk';
// 龙岩's demo electoral roll: units (with exact exclusive areas) and their owners for a few estates of
// each county, taken from the SDK's demoCity. Some owners hold two or three units (counted once as a
// head, with all their area). Deterministic: the same estates give the same roll.
import type { DemoCity } from '@wuye/plugin-sdk';
import type { Owner, Unit } from '../entities/index.js';

/** estates per county that get a roll */
const ESTATES_PER_COUNTY = 3;
/** 户型 — typical floor areas in m² (hundredths added per unit) */
const LAYOUTS = [6845, 7630, 8962, 9518, 10530, 11874, 12876, 14320];
const SURNAMES = ['林', '陈', '黄', '张', '吴', '李', '王', '刘', '郑', '邱', '罗', '赖', '谢', '钟', '卢', '傅'];
const GIVEN = ['建华', '秀英', '志强', '丽娟', '永福', '春梅', '海燕', '国庆', '美玲', '文斌', '金水', '玉兰', '德明', '小红', '福生', '晓东'];
const PER_FLOOR = 4;
const FLOORS = 18;

export interface DemoRoll {
  estates: DemoCity['estates'];
  owners: Owner[];
  units: Unit[];
}

/** The estates that get a roll: per county, the first few (by id) with 24 to 400 households. */
export function rollEstates(city: DemoCity): DemoCity['estates'] {
  const byCounty = new Map<string, DemoCity['estates']>();
  for (const e of [...city.estates].sort((a, b) => a.id.localeCompare(b.id))) {
    if (e.households < 24 || e.households > 400) continue;
    const county = e.regionCode.slice(0, 6);
    const list = byCounty.get(county) ?? [];
    if (list.length < ESTATES_PER_COUNTY) byCounty.set(county, [...list, e]);
  }
  return [...byCounty.values()].flat();
}

export function generateRoll(city: DemoCity): DemoRoll {
  const estates = rollEstates(city);
  const owners: Owner[] = [];
  const units: Unit[] = [];
  for (const estate of estates) {
    const rng = new DemoRandom(`longyan-roll-${estate.id}`);
    let current: Owner | null = null;
    let held = 0;
    for (let i = 0; i < estate.households; i++) {
      // about one unit in twelve goes to the owner of the previous one (at most three each)
      if (!current || held >= 3 || !rng.chance(1 / 12)) {
        const id = `LO${estate.id.slice(1)}${String(owners.length + 1).padStart(5, '0')}`;
        current = { id, estateId: estate.id, regionCode: estate.regionCode, name: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`, account: `owner-${id.toLowerCase()}` };
        owners.push(current);
        held = 0;
      }
      held++;
      const perBuilding = PER_FLOOR * FLOORS;
      const building = `${Math.floor(i / perBuilding) + 1}栋`;
      const floor = Math.floor((i % perBuilding) / PER_FLOOR) + 1;
      const area = rng.pick(LAYOUTS) + rng.int(0, 99);
      units.push({
        id: `LU${estate.id.slice(1)}${String(i + 1).padStart(4, '0')}`,
        estateId: estate.id,
        regionCode: estate.regionCode,
        building,
        number: `${floor}${String((i % PER_FLOOR) + 1).padStart(2, '0')}`,
        area: `${Math.floor(area / 100)}.${String(area % 100).padStart(2, '0')}`,
        ownerId: current.id,
      });
    }
  }
  return { estates, owners, units };
}
