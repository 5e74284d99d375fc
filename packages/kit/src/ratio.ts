/** A share rounded to 4 decimal places (0.9874 = 98.74%); null when there is nothing to divide by. */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
