// 企业信用: a company's published result and its live score explained line by line (CompanyCredit).
// The explanation is for the officials over the company's region and the company itself.
import { CompanyCreditDocument } from '@wuye/client';
import { Errors, Loading } from '../components/Status.js';
import { useOperation } from '../lib/api.js';
import { date, decimal } from '../lib/format.js';
import { Figure, FromOperation, StatCard } from '../lib/source.js';

const KIND_LABELS: Record<string, string> = { BASE: '基础分', EVENT: '评价记录', CAP: '封顶', FLOOR: '保底', ITEM_CAP: '单项封顶', BONUS_CAP: '加分封顶', ROUNDING: '舍入' };

export function CompanyPage({ id }: { id: string }) {
  const credit = useOperation(CompanyCreditDocument, { id });
  if (credit.loading) return <Loading />;
  const company = credit.data?.company;
  if (!company) return <Errors errors={credit.errors.length ? credit.errors : [{ message: `没有企业 ${id}`, code: 'NOT_FOUND', extensions: {} }]} />;
  const result = company.credit.result;
  const live = company.credit.live;
  return (
    <FromOperation source={credit.source}>
      <h1 data-testid="company-title">
        {company.name} <small>{company.uscc}</small>
      </h1>
      <Errors errors={credit.errors} />
      <section className="cards">
        {result ? (
          <>
            <StatCard label={`公布得分（${result.year}）`} path="company.credit.result.score" value={decimal(result.score)} note={`第 ${result.version} 版 · ${date(result.publishedAt)} 公布`} testId="company-score" />
            <StatCard label="信用等级" path="company.credit.result.grade" value={result.grade} />
            <StatCard label="全省排名" path="company.credit.result.provinceRank" value={result.provinceRank} />
            <StatCard label="全市排名" path="company.credit.result.cityRank" value={result.cityRank ?? '—'} />
          </>
        ) : (
          <p className="empty">尚无公布的信用评价</p>
        )}
      </section>
      <section className="card" data-testid="credit-explanation">
        <h2>实时得分说明{live ? `（${live.year} 年度，规则 ${live.ruleSetYear} 第 ${live.ruleSetVersion} 版）` : ''}</h2>
        {live ? (
          <>
            <p>
              实时得分 <Figure path="company.credit.live.score" testId="company-live-score">{decimal(live.score)}</Figure>，等级 {live.grade}，累计扣分 {decimal(live.deductions)}。各行相加即为得分。
            </p>
            <table className="figures">
              <thead>
                <tr>
                  <th>类别</th>
                  <th>条目</th>
                  <th>原始分</th>
                  <th>权重</th>
                  <th>计分</th>
                  <th>说明</th>
                </tr>
              </thead>
              <tbody>
                {live.explanation.map((line, i) => (
                  <tr key={i} className={Number(line.points) < 0 ? 'warn' : ''}>
                    <td>{KIND_LABELS[line.kind] ?? line.kind}</td>
                    <td>{line.item ?? '—'}</td>
                    <td>{line.rawPoints == null ? '—' : decimal(line.rawPoints)}</td>
                    <td>{line.weight == null ? '—' : decimal(line.weight)}</td>
                    <td><Figure path={`company.credit.live.explanation[${i}].points`}>{decimal(line.points)}</Figure></td>
                    <td>{line.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="hint">实时得分与扣分说明仅对企业所在地的监管部门和企业本身开放。</p>
        )}
      </section>
    </FromOperation>
  );
}
