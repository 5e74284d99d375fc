// Who may be bundled with whom ("与邻近小区捆绑打包"): estates are neighbours when they lie in the same
// street (街道/乡镇 — the first 9 digits of their community codes), or — across a street boundary — within
// NEIGHBOUR_METRES of each other by the registry's coordinates. A bundle must be neighbours pairwise, so
// that one company can serve it from one place.

export const NEIGHBOUR_METRES = 1000;

export interface Placed {
  id: string;
  regionCode: string;
  latitude: number;
  longitude: number;
}

/** the street (9 digits) of a community code */
export const streetOf = (regionCode: string): string => regionCode.slice(0, 9);

const EARTH_RADIUS_METRES = 6_371_000;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** great-circle distance (haversine), in metres — a distance, not money: a float is right here */
export function distanceMetres(a: Placed, b: Placed): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const areNeighbours = (a: Placed, b: Placed): boolean => streetOf(a.regionCode) === streetOf(b.regionCode) || distanceMetres(a, b) <= NEIGHBOUR_METRES;

/** the first pair of estates that are not neighbours, or null when all are */
export function firstNonNeighbours<T extends Placed>(estates: readonly T[]): [T, T] | null {
  for (let i = 0; i < estates.length; i++) for (let j = i + 1; j < estates.length; j++) if (!areNeighbours(estates[i]!, estates[j]!)) return [estates[i]!, estates[j]!];
  return null;
}
