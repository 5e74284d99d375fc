// The reference console in Debian's Chromium against the real stack: the province admin sees the seed's
// figures; street staff open on their street; a 厦门 city admin signs in, reads the overview, drills down
// city → county → estate — every figure equal to what the gateway answers the same viewer at the path the
// figure names — and a 漳州 estate stays closed to them; rankings, a company's explanation, regulations
// search; then, with the 厦门 plugin switched on, its fields join the estate page's one query. Nothing is
// loaded from outside the console's origin. Screenshots of the main pages are kept.
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { issueDevToken } from '@wuye/kit';
import { launchBrowser, screenshot } from './browser.js';
import { expectFiguresMatchTheirQuery, recordOperations } from './console-figures.js';
import { query, request } from './gateway-client.js';
import { enablePlugins, eventually } from './plugin-config.js';

const XIAMEN = '350200';
let browser: Browser;
let page: Page;
let xiamenToken: string;
let sent: ReturnType<typeof recordOperations>;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

const percent = (rate: number | null) => (rate == null ? '—' : `${(rate * 100).toFixed(1)}%`);
const grouped = (n: number) => n.toLocaleString('en-US');
const text = async (testId: string) => (await page.getByTestId(testId).innerText()).trim();

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  sent = recordOperations(page);
  const origin = new URL(inject('consoleUrl')).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // a Content-Security-Policy violation or a failed load shows here
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  xiamenToken = await issueDevToken({ role: 'CITY_ADMIN', region: XIAMEN });
});

afterAll(async () => {
  await browser?.close();
});

describe('the console, as the province admin', () => {
  it("shows the seed's figures for the province", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
    const province = await context.newPage();
    const sent = recordOperations(province);
    await province.goto(inject('consoleUrl'));
    await province.getByTestId('sign-in-role').selectOption('PROVINCE_ADMIN');
    await province.getByTestId('sign-in-submit').click();
    await province.getByTestId('figure-coverage-rate').waitFor();
    const figure = async (testId: string) => (await province.getByTestId(testId).innerText()).trim();
    // ../shared/DOMAIN.md § The seed's figures
    expect(await figure('overview-title')).toContain('福建省');
    expect(await figure('figure-estates')).toBe('17,000');
    expect(await figure('figure-coverage-rate')).toBe('99.0%');
    expect(await figure('figure-company-party-rate')).toBe('98.7%'); // 783 of 793
    expect(await figure('figure-estate-party-rate')).toBe('62.9%'); // 10,700 of 17,000
    expect(await figure('figure-online-rate')).toBe('100.0%');
    expect(await figure('figure-deposits')).toBe('¥923,000,000.00');
    expect(await figure('figure-random-draws')).toBe('37');
    expect(await figure('figure-fire-rectified')).toBe('428');
    expect(await province.getByTestId('children-table').locator('tbody tr').count()).toBe(9);
    await screenshot(province, '1-province-overview');
    // and every other number on the page is what its operation answers at its path
    expect(await expectFiguresMatchTheirQuery(province, sent, await issueDevToken({ role: 'PROVINCE_ADMIN', region: '350000' }))).toBeGreaterThan(100);
    await context.close();
  });
});

describe('the console, as street staff', () => {
  it('signs in by county and street, and opens on the street', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
    const street = await context.newPage();
    await street.goto(inject('consoleUrl'));
    await street.getByTestId('sign-in-role').selectOption('STREET_STAFF');
    await street.getByTestId('sign-in-street-county').selectOption('350203');
    const { region } = await query<{ region: { children: { code: string; name: string }[] } }>(`{ region(code: "350203") { children { code name } } }`);
    const first = region.children[0]!;
    await expect.poll(async () => street.getByTestId('sign-in-region').inputValue()).toBe(first.code);
    await street.getByTestId('sign-in-submit').click();
    await street.getByTestId('overview-title').waitFor();
    expect(await street.getByTestId('overview-title').innerText()).toContain(first.name);
    expect(await street.getByTestId('viewer').innerText()).toContain(first.code);
    await context.close();
  });
});

describe('the console, as 厦门 city admin', () => {
  it('signs in with a demo role and region', async () => {
    await page.goto(inject('consoleUrl'));
    await screenshot(page, '0-sign-in');
    await page.getByTestId('sign-in-role').selectOption('CITY_ADMIN');
    await page.getByTestId('sign-in-region').selectOption(XIAMEN);
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => text('viewer')).toBe(`设区市管理员 · ${XIAMEN}`);
  });

  it('shows the city overview with the numbers the API gives the same viewer', async () => {
    const api = await query<{
      region: {
        name: string;
        estateCount: number;
        coverage: { rate: number };
        publicRevenue: { onlineRate: number; depositsTotal: string };
        safety: { inspections: number; findings: { overdue: number } };
        randomDraws: { inspections: number; findings: { fireProblemsRectified: number } };
        credit: { averageScore: string };
        children: { code: string; coverage: { rate: number } }[];
      };
    }>(
      `{ region(code: "${XIAMEN}") { name estateCount coverage { rate } publicRevenue { onlineRate depositsTotal } safety { inspections findings { overdue } }
         randomDraws: safety(kind: RANDOM_DRAW) { inspections findings { fireProblemsRectified } } credit { averageScore } children { code coverage { rate } } } }`,
      xiamenToken,
    );
    await page.getByTestId('figure-coverage-rate').waitFor();
    expect(await text('overview-title')).toContain(api.region.name);
    expect(await text('figure-estates')).toBe(grouped(api.region.estateCount));
    expect(await text('figure-coverage-rate')).toBe(percent(api.region.coverage.rate));
    expect(await text('figure-online-rate')).toBe(percent(api.region.publicRevenue.onlineRate));
    expect(await text('figure-inspections')).toBe(grouped(api.region.safety.inspections));
    expect(await text('figure-overdue')).toBe(grouped(api.region.safety.findings.overdue));
    expect(await text('figure-random-draws')).toBe(grouped(api.region.randomDraws.inspections));
    expect(await text('figure-fire-rectified')).toBe(grouped(api.region.randomDraws.findings.fireProblemsRectified));
    expect(await text('figure-credit-average')).toBe(api.region.credit.averageScore);
    // money exactly: the decimal string's digits, grouped — no float on the way
    expect((await text('figure-deposits')).replace(/[¥,]/g, '')).toBe(api.region.publicRevenue.depositsTotal);
    for (const county of api.region.children) expect(await text(`child-coverage-${county.code}`)).toBe(percent(county.coverage.rate));
    expect(await page.locator('[data-testid="chart-coverage"] svg').count()).toBe(1);
    await screenshot(page, '1-city-overview');
    expect(await expectFiguresMatchTheirQuery(page, sent, xiamenToken)).toBeGreaterThan(50);
  });

  it('traces a number to the query that produced it', async () => {
    await page.getByTestId('figure-coverage-rate').click();
    expect(await text('query-panel-operation')).toBe('ProvinceOverview');
    expect(await text('query-panel-path')).toBe('region.coverage.rate');
    expect(await page.getByTestId('query-panel').innerText()).toContain('query ProvinceOverview(');
    await page.getByLabel('关闭').click();
  });

  let estateId: string;

  it('drills down city → county → estate', async () => {
    await page.getByTestId('nav-drill-down').click();
    await page.getByTestId('region-link-350203').click(); // 思明区
    await expect.poll(() => text('region-title')).toContain('思明区');
    const api = await query<{ estates: { totalCount: number; edges: { node: { id: string } }[] } }>(`{ estates(first: 1, filter: { regionCode: "350203" }) { totalCount edges { node { id } } } }`, xiamenToken);
    expect(await text('estates-total')).toBe(grouped(api.estates.totalCount));
    await screenshot(page, '2-county');
    estateId = api.estates.edges[0]!.node.id;
    await page.getByTestId(`estate-link-${estateId}`).click();
    await page.getByTestId('estate-title').waitFor();
    expect(page.url()).toMatch(new RegExp(`/estates/${estateId}$`));
  });

  it('shows the estate across the domains with the API’s numbers', async () => {
    const api = await query<{ estate: { name: string; households: number; publicRevenue: { depositsTotal: string }; safety: { overdueFindings: number }; company: { name: string } | null } }>(
      `query($id: ID!) { estate(id: $id) { name households publicRevenue { depositsTotal } safety { overdueFindings } company { name } } }`,
      xiamenToken,
      { id: estateId },
    );
    expect(await text('estate-title')).toContain(api.estate.name);
    expect(await text('estate-households')).toBe(grouped(api.estate.households));
    expect((await text('estate-deposits')).replace(/[¥,]/g, '')).toBe(api.estate.publicRevenue.depositsTotal);
    expect(await text('estate-overdue')).toBe(grouped(api.estate.safety.overdueFindings));
    if (api.estate.company) expect(await text('estate-company')).toBe(api.estate.company.name);
    await page.getByTestId('plugin-section').waitFor();
    await screenshot(page, '3-estate');
    expect(await expectFiguresMatchTheirQuery(page, sent, xiamenToken)).toBeGreaterThan(10);
  });

  it('cannot open a 漳州 estate or region', async () => {
    const province = await issueDevToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    const { estates } = await query<{ estates: { edges: { node: { id: string; name: string } }[] } }>(`{ estates(first: 1, filter: { regionCode: "350600" }) { edges { node { id name } } } }`, province);
    const zhangzhou = estates.edges[0]!.node;
    await page.goto(new URL(`/estates/${zhangzhou.id}`, inject('consoleUrl')).toString());
    await page.getByTestId('out-of-scope').waitFor();
    expect(await page.getByTestId('estate-title').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(zhangzhou.name);
    await screenshot(page, '4-out-of-scope');
    // nor 漳州's region pages
    await page.goto(new URL('/regions/350600', inject('consoleUrl')).toString());
    await page.getByTestId('out-of-scope').waitFor();
    expect(await page.getByTestId('estate-list').count()).toBe(0);
    // and the gateway keeps what it guards from this viewer
    const live = await request<unknown>(`query($id: ID!) { estate(id: $id) { company { credit { live { score } } } } }`, xiamenToken, { id: zhangzhou.id });
    expect(live.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('ranks the counties and companies, and explains a company’s credit', async () => {
    await page.goto(new URL('/rankings', inject('consoleUrl')).toString());
    await page.getByTestId('company-ranking').locator('a').first().waitFor();
    const { region } = await query<{ region: { children: { code: string }[] } }>(`{ region(code: "${XIAMEN}") { children { code } } }`);
    expect(await page.getByTestId('ranking-counties').locator('li').count()).toBe(region.children.length);
    expect(await page.getByTestId('credit-counties').locator('li').count()).toBe(region.children.length);
    await screenshot(page, '5-rankings');
    await page.getByTestId('company-ranking').locator('a').first().click();
    await page.getByTestId('credit-explanation').locator('tbody tr').first().waitFor();
    await screenshot(page, '6-company');
    expect(await expectFiguresMatchTheirQuery(page, sent, xiamenToken)).toBeGreaterThan(3);
  });

  it('searches the regulations and highlights the matches', async () => {
    await page.goto(new URL('/regulations', inject('consoleUrl')).toString());
    await page.getByTestId('regulations-query').fill('公共收益');
    await page.getByTestId('regulations-submit').click();
    await page.getByTestId('regulations-results').waitFor();
    const marks = await page.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['公共收益']));
    await screenshot(page, '7-regulations');
  });

  it('loaded nothing from outside its own origin, and raised no page error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the estate page with a city plugin enabled', () => {
  afterAll(() => enablePlugins());

  it("joins the plugin's fields into its one query, labelled from the schema", async () => {
    enablePlugins('xiamen');
    const bundle = await eventually(
      'the 厦门 plugin',
      async () => {
        const res = await request<{ xiamenBundles: { edges: { node: { name: string; estates: { estateId: string }[] } }[] } }>(`{ xiamenBundles(first: 1) { edges { node { name estates { estateId } } } } }`, xiamenToken);
        return !res.errors && res.data?.xiamenBundles.edges[0]?.node;
      },
      180_000,
    );
    const estateId = bundle.estates[0]!.estateId;
    const estatePages: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('EstatePage')) estatePages.push(r.postData()!);
    });
    await page.goto(new URL(`/estates/${estateId}`, inject('consoleUrl')).toString()); // a new page load asks the schema again
    const field = page.getByTestId('plugin-field-xiamenBundle');
    await field.waitFor();
    expect(await field.innerText()).toContain(bundle.name);
    expect(await field.innerText()).toContain('大物业'); // the field's description, not its name
    expect(estatePages).toHaveLength(1);
    expect(estatePages[0]).toContain('xiamenBundle {');
    await screenshot(page, '3-estate-with-plugin');
  }, 240_000);
});
