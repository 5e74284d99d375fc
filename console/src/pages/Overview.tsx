// 概况: the viewer's region — the province for the province, a city for its admin — as cards, and the
// same figures for every region one level down as charts and a table. One operation (ProvinceOverview)
// answers all of it; every number opens that operation with its path.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { ProvinceOverviewDocument, type RegionFiguresFragment } from '@wuye/client';
import { barOption, Chart, pieOption } from '../components/Chart.js';
import { Errors, Loading } from '../components/Status.js';
import { useOperation } from '../lib/api.js';
import { count, decimal, money, percent } from '../lib/format.js';
import { LEVEL_LABELS } from '../lib/labels.js';
import { levelOfCode } from '../lib/scope.js';
import { Figure, FromOperation, StatCard } from '../lib/source.js';
import type { Session } from '../lib/session.js';

const GRADES = ['AAA', 'AA', 'A', 'B', 'C'];

export function Overview({ session }: { session: Session }) {
  const level = levelOfCode(session.region);
  const variables = { code: session.region, rankingLevel: level === 'PROVINCE' ? ('CITY' as const) : ('COUNTY' as const), withRanking: level === 'PROVINCE' || level === 'CITY' };
  const overview = useOperation(ProvinceOverviewDocument, variables);
  const region = overview.data?.region;
  const children = region?.children ?? [];
  const charts = useMemo(() => chartsOf(children), [children]);
  if (overview.loading) return <Loading />;
  if (!region) return <Errors errors={overview.errors} />;
  const gradeSlices = GRADES.map((grade) => ({ name: grade, value: region.credit.grades.find((g) => g.grade === grade)?.count ?? 0 }));

  return (
    <FromOperation source={overview.source}>
      <h1 data-testid="overview-title">
        {region.name} · 监管概况 <small>{LEVEL_LABELS[region.level]}</small>
      </h1>
      <Errors errors={overview.errors} />
      <p className="meta">
        公共收益 {region.publicRevenue.quarter} 季度 · 信用评价 {region.credit.year} 年度 · 点击任一数字查看其查询
      </p>
      <section className="cards">
        <StatCard label="住宅小区" path="region.estateCount" value={count(region.estateCount)} testId="figure-estates" />
        <StatCard label="物业服务覆盖率" path="region.coverage.rate" value={percent(region.coverage.rate)} note={`${count(region.coverage.covered)} / ${count(region.coverage.estates)} 个小区`} testId="figure-coverage-rate" />
        <StatCard label="物业企业党组织覆盖率" path="region.partyBuilding.companyOrganizationRate" value={percent(region.partyBuilding.companyOrganizationRate)} note={`${count(region.partyBuilding.companiesWithOrganization)} / ${count(region.partyBuilding.companiesEligible)} 家企业`} testId="figure-company-party-rate" />
        <StatCard label="小区党组织覆盖率" path="region.partyBuilding.estateOrganizationRate" value={percent(region.partyBuilding.estateOrganizationRate)} testId="figure-estate-party-rate" />
        <StatCard label="红色业委会占比" path="region.partyBuilding.redCommitteeShare" value={percent(region.partyBuilding.redCommitteeShare)} note={`${count(region.partyBuilding.redCommittees)} 个`} />
        <StatCard label="公共收益网上公开率" path="region.publicRevenue.onlineRate" value={percent(region.publicRevenue.onlineRate)} note={`按时公开率 ${percent(region.publicRevenue.onTimeRate)}`} testId="figure-online-rate" />
        <StatCard label="公共收益存款" path="region.publicRevenue.depositsTotal" value={money(region.publicRevenue.depositsTotal)} note={`${count(region.publicRevenue.deposits)} 笔`} testId="figure-deposits" />
        <StatCard label="公共收益预警" path="region.publicRevenue.warningsTotal" value={count(region.publicRevenue.warningsTotal)} tone={region.publicRevenue.warningsTotal ? 'warn' : undefined} />
        <StatCard label="安全检查" path="region.safety.inspections" value={count(region.safety.inspections)} note={`检查 ${count(region.safety.estatesSampled)} 个小区，覆盖 ${percent(region.safety.samplingRate)}`} testId="figure-inspections" />
        <StatCard label="“双随机”抽查" path="region.randomDraws.inspections" value={count(region.randomDraws.inspections)} note={`抽查 ${count(region.randomDraws.estatesSampled)} 个小区，抽查率 ${percent(region.randomDraws.samplingRate)}`} testId="figure-random-draws" />
        <StatCard label="消防隐患已整改" path="region.randomDraws.findings.fireProblemsRectified" value={count(region.randomDraws.findings.fireProblemsRectified)} note={`共发现 ${count(region.randomDraws.findings.fireProblems)} 处`} testId="figure-fire-rectified" />
        <StatCard label="逾期未整改隐患" path="region.safety.findings.overdue" value={count(region.safety.findings.overdue)} note={`整改按时率 ${percent(region.safety.findings.onTimeRate)}`} tone={region.safety.findings.overdue ? 'warn' : 'ok'} testId="figure-overdue" />
        <StatCard label="信用评价均分" path="region.credit.averageScore" value={decimal(region.credit.averageScore)} note={`${count(region.credit.companiesPublished)} 家企业`} testId="figure-credit-average" />
      </section>

      {children.length ? (
        <section className="charts">
          <Chart title="物业服务覆盖率" path="region.children[].coverage.rate" option={charts.coverage} testId="chart-coverage" />
          <Chart title="党建覆盖率" path="region.children[].partyBuilding" option={charts.party} />
          <Chart title="公共收益公开率" path="region.children[].publicRevenue" option={charts.publication} />
          <Chart title="安全检查与逾期隐患" path="region.children[].safety" option={charts.safety} />
          {children.some((c) => c.credit.companiesPublished > 0) ? <Chart title="信用等级分布" path="region.children[].credit.grades" option={charts.grades} /> : null}
          <Chart title={`${region.name}信用等级`} path="region.credit.grades" option={pieOption(gradeSlices)} />
        </section>
      ) : null}

      {children.length ? (
        <section className="card">
          <h2>下级区划</h2>
          <table className="figures" data-testid="children-table">
            <thead>
              <tr>
                <th>区划</th>
                <th>小区</th>
                <th>覆盖率</th>
                <th>企业党组织</th>
                <th>网上公开率</th>
                <th>按时公开率</th>
                <th>存款</th>
                <th>安全检查</th>
                <th>逾期隐患</th>
                <th>信用均分</th>
              </tr>
            </thead>
            <tbody>
              {children.map((child, i) => (
                <tr key={child.code} data-region={child.code}>
                  <td>
                    <Link href={`/regions/${child.code}`}>{child.name}</Link>
                  </td>
                  <td><Figure path={`region.children[${i}].estateCount`}>{count(child.estateCount)}</Figure></td>
                  <td><Figure path={`region.children[${i}].coverage.rate`} testId={`child-coverage-${child.code}`}>{percent(child.coverage.rate)}</Figure></td>
                  <td><Figure path={`region.children[${i}].partyBuilding.companyOrganizationRate`}>{percent(child.partyBuilding.companyOrganizationRate)}</Figure></td>
                  <td><Figure path={`region.children[${i}].publicRevenue.onlineRate`}>{percent(child.publicRevenue.onlineRate)}</Figure></td>
                  <td><Figure path={`region.children[${i}].publicRevenue.onTimeRate`}>{percent(child.publicRevenue.onTimeRate)}</Figure></td>
                  <td><Figure path={`region.children[${i}].publicRevenue.depositsTotal`}>{money(child.publicRevenue.depositsTotal)}</Figure></td>
                  <td><Figure path={`region.children[${i}].safety.inspections`}>{count(child.safety.inspections)}</Figure></td>
                  <td className={child.safety.findings.overdue ? 'warn' : ''}><Figure path={`region.children[${i}].safety.findings.overdue`}>{count(child.safety.findings.overdue)}</Figure></td>
                  <td><Figure path={`region.children[${i}].credit.averageScore`}>{decimal(child.credit.averageScore)}</Figure></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {overview.data?.publicRevenueRanking?.length ? (
        <section className="card">
          <h2>公共收益按时公开排名（{region.publicRevenue.quarter}）</h2>
          <ol className="ranking">
            {overview.data.publicRevenueRanking.map((entry, i) => (
              <li key={entry.region.code}>
                <span className="rank">{entry.rank}</span>
                <Link href={`/regions/${entry.region.code}`}>{entry.region.name}</Link>
                <Figure path={`publicRevenueRanking[${i}].onTimeRate`}>{percent(entry.onTimeRate)}</Figure>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </FromOperation>
  );
}

function chartsOf(children: RegionFiguresFragment[]) {
  const names = children.map((c) => c.name);
  return {
    coverage: barOption(names, [{ name: '覆盖率', values: children.map((c) => c.coverage.rate) }], { percent: true }),
    party: barOption(
      names,
      [
        { name: '企业党组织覆盖率', values: children.map((c) => c.partyBuilding.companyOrganizationRate) },
        { name: '小区党组织覆盖率', values: children.map((c) => c.partyBuilding.estateOrganizationRate) },
        { name: '红色业委会占比', values: children.map((c) => c.partyBuilding.redCommitteeShare) },
      ],
      { percent: true },
    ),
    publication: barOption(
      names,
      [
        { name: '网上公开率', values: children.map((c) => c.publicRevenue.onlineRate) },
        { name: '按时公开率', values: children.map((c) => c.publicRevenue.onTimeRate) },
      ],
      { percent: true },
    ),
    safety: barOption(names, [
      { name: '安全检查', values: children.map((c) => c.safety.inspections) },
      { name: '逾期隐患', values: children.map((c) => c.safety.findings.overdue) },
    ]),
    grades: barOption(
      names,
      GRADES.map((grade) => ({ name: grade, values: children.map((c) => c.credit.grades.find((g) => g.grade === grade)?.count ?? 0) })),
      { stacked: true },
    ),
  };
}
