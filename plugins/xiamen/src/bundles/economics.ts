// "肥瘦搭配" — the bundle's monthly economics, exactly: each estate's fee income against its cost (肥: a
// surplus, 瘦: a deficit), the 肥 estates' surplus that carries the 瘦 ones, and the government-purchased
// service subsidy that makes the whole bundle viable (income + subsidy covers cost). Decimal arithmetic
// on the NUMERIC(14,2) amounts: yuan are never added as floats.
import { Decimal } from '@wuye/plugin-sdk';

export interface EstateAmounts {
  monthlyFeeIncome: string;
  monthlyCost: string;
}

export type EstateBalanceKind = 'SURPLUS' | 'DEFICIT' | 'BALANCED';

export interface EstateEconomics {
  /** income − cost */
  balance: string;
  kind: EstateBalanceKind;
}

export interface BundleEconomics {
  monthlyFeeIncome: string;
  monthlyCost: string;
  /** Σ of the 肥 estates' surpluses */
  surplus: string;
  /** Σ of the 瘦 estates' deficits (a positive amount) */
  deficit: string;
  /** the part of the deficit the surpluses carry: min(surplus, deficit) */
  crossSubsidy: string;
  /** income − cost of the whole bundle */
  net: string;
  /** 政府购买服务补贴 — max(0, cost − income) a month */
  monthlySubsidy: string;
  /** the same over twelve months */
  annualSubsidy: string;
  /** viable without subsidy: income ≥ cost */
  selfSustaining: boolean;
}

const money = (d: Decimal) => d.toFixed(2);

export function estateEconomics(e: EstateAmounts): EstateEconomics {
  const balance = new Decimal(e.monthlyFeeIncome).minus(e.monthlyCost);
  return { balance: money(balance), kind: balance.isPositive() && !balance.isZero() ? 'SURPLUS' : balance.isNegative() && !balance.isZero() ? 'DEFICIT' : 'BALANCED' };
}

export function bundleEconomics(estates: readonly EstateAmounts[]): BundleEconomics {
  let income = new Decimal(0);
  let cost = new Decimal(0);
  let surplus = new Decimal(0);
  let deficit = new Decimal(0);
  for (const e of estates) {
    income = income.plus(e.monthlyFeeIncome);
    cost = cost.plus(e.monthlyCost);
    const balance = new Decimal(e.monthlyFeeIncome).minus(e.monthlyCost);
    if (balance.isPositive()) surplus = surplus.plus(balance);
    else deficit = deficit.minus(balance);
  }
  const net = income.minus(cost);
  const monthlySubsidy = Decimal.max(0, cost.minus(income));
  return {
    monthlyFeeIncome: money(income),
    monthlyCost: money(cost),
    surplus: money(surplus),
    deficit: money(deficit),
    crossSubsidy: money(Decimal.min(surplus, deficit)),
    net: money(net),
    monthlySubsidy: money(monthlySubsidy),
    annualSubsidy: money(monthlySubsidy.times(12)),
    selfSustaining: monthlySubsidy.isZero(),
  };
}

/** the subsidy over a contract's term, in months */
export const termSubsidy = (monthlySubsidy: string, termMonths: number): string => money(new Decimal(monthlySubsidy).times(termMonths));

/**
 * A yuan amount as the API takes it: a non-negative decimal with at most 2 places and at most 12 digits
 * before the point (NUMERIC(14,2)); the reason when it is not one.
 */
export function amountProblem(value: string): string | null {
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(value.trim())) return `must be a non-negative amount in yuan with at most 2 decimal places, e.g. "12500.50" (got "${value}")`;
  return null;
}
