// Personal names for viewers without the right to see them: 张三丰 → 张**.
export function maskPersonalName(name: string): string {
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
}
