// 排名: cities and counties by on-time publication of public revenue and by credit, and the companies
// by their published credit result (Rankings, then CreditRanking for the year Rankings reports).
import { Link } from 'wouter';
import { CreditRankingDocument, RankingsDocument, type RankingEntryFragment, type RegionCreditFiguresFragment } from '@wuye/client';
import { barOption, Chart } from '../components/Chart.js';
import { Errors, Loading } from '../components/Status.js';
import { useOperation } from '../lib/api.js';
import { decimal, percent } from '../lib/format.js';
import { levelOfCode } from '../lib/scope.js';
import { Figure, FromOperation } from '../lib/source.js';
import type { Session } from '../lib/session.js';

interface CreditRow {
  code: string;
  name: string;
  credit: RegionCreditFiguresFragment;
  path: string;
}

const byScore = (a: CreditRow, b: CreditRow) => Number(b.credit.averageScore ?? -1) - Number(a.credit.averageScore ?? -1) || a.code.localeCompare(b.code);

export function Rankings({ session }: { session: Session }) {
  const level = levelOfCode(session.region);
  // a county ranks among its city's counties
  const code = level === 'COUNTY' || level === 'STREET' || level === 'COMMUNITY' ? `${session.region.slice(0, 4)}00` : session.region;
  const province = levelOfCode(code) === 'PROVINCE';
  const rankings = useOperation(RankingsDocument, { code, withCities: province });
  const year = rankings.data?.region?.credit.year;
  const companies = useOperation(CreditRankingDocument, { year: year ?? 0, cityCode: province ? null : code, first: 20 }, { skip: year == null });
  if (rankings.loading) return <Loading />;
  const region = rankings.data?.region;
  if (!region) return <Errors errors={rankings.errors} />;
  const cities: CreditRow[] = province ? region.children.map((c, i) => ({ code: c.code, name: c.name, credit: c.credit, path: `region.children[${i}].credit.averageScore` })).sort(byScore) : [];
  const counties: CreditRow[] = (province
    ? region.children.flatMap((c, i) => c.children.map((county, j) => ({ code: county.code, name: `${c.name} · ${county.name}`, credit: county.credit, path: `region.children[${i}].children[${j}].credit.averageScore` })))
    : region.children.map((c, i) => ({ code: c.code, name: c.name, credit: c.credit, path: `region.children[${i}].credit.averageScore` }))
  ).sort(byScore);

  return (
    <>
      <FromOperation source={rankings.source}>
        <h1>{region.name} · 排名</h1>
        <Errors errors={rankings.errors} />
        <div className="columns">
          {rankings.data?.cities ? <PublicationRanking title="设区市 · 公共收益按时公开率" entries={rankings.data.cities} root="cities" testId="ranking-cities" /> : null}
          <PublicationRanking title="县（市、区） · 公共收益按时公开率" entries={rankings.data?.counties ?? []} root="counties" testId="ranking-counties" />
          {cities.length ? <CreditRanking title={`设区市 · 信用评价均分（${year}）`} rows={cities} testId="credit-cities" /> : null}
          <CreditRanking title={`县（市、区） · 信用评价均分（${year}）`} rows={counties} testId="credit-counties" />
        </div>
        {cities.length ? (
          <Chart
            title="设区市信用均分与按时公开率"
            path="region.children[].credit.averageScore"
            option={barOption(cities.map((c) => c.name), [{ name: '信用均分', values: cities.map((c) => (c.credit.averageScore == null ? null : Number(c.credit.averageScore))) }])}
          />
        ) : null}
      </FromOperation>
      <FromOperation source={companies.source}>
        <section className="card" data-testid="company-ranking">
          <h2>
            企业信用排名（{year} 年度{province ? '，全省' : `，${region.name}`}）
          </h2>
          <Errors errors={companies.errors} />
          {companies.data?.creditRanking ? (
            <table className="figures">
              <thead>
                <tr>
                  <th>名次</th>
                  <th>企业</th>
                  <th>得分</th>
                  <th>等级</th>
                  <th>扣分</th>
                </tr>
              </thead>
              <tbody>
                {companies.data.creditRanking.entries.edges.map(({ node }, i) => (
                  <tr key={node.company.id}>
                    <td>{province ? node.provinceRank : node.cityRank}</td>
                    <td>
                      <Link href={`/companies/${node.company.id}`}>{node.company.name}</Link>
                    </td>
                    <td><Figure path={`creditRanking.entries.edges[${i}].node.score`}>{decimal(node.score)}</Figure></td>
                    <td>{node.grade}</td>
                    <td>{decimal(node.deductions)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : companies.loading ? (
            <Loading />
          ) : null}
        </section>
      </FromOperation>
    </>
  );
}

function PublicationRanking({ title, entries, root, testId }: { title: string; entries: RankingEntryFragment[]; root: string; testId: string }) {
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}{entries[0] ? `（${entries[0].quarter}）` : ''}</h2>
      <ol className="ranking">
        {entries.map((entry, i) => (
          <li key={entry.region.code}>
            <span className="rank">{entry.rank}</span>
            <Link href={`/regions/${entry.region.code}`}>{entry.region.name}</Link>
            <Figure path={`${root}[${i}].onTimeRate`}>{percent(entry.onTimeRate)}</Figure>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CreditRanking({ title, rows, testId }: { title: string; rows: CreditRow[]; testId: string }) {
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      <ol className="ranking">
        {rows.map((row, i) => (
          <li key={row.code}>
            <span className="rank">{i + 1}</span>
            <Link href={`/regions/${row.code}`}>{row.name}</Link>
            <Figure path={row.path}>{decimal(row.credit.averageScore)}</Figure>
          </li>
        ))}
      </ol>
    </section>
  );
}
