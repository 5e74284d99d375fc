// Registry rules shared by the schema and the seed.

/** Service modes in which a company serves the estate (companyId required). */
export const COMPANY_MODES: readonly string[] = ['MARKET_COMPANY', 'BUNDLED', 'PARTY_LED_PUBLIC_INTEREST'];
