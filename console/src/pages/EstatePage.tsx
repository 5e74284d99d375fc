// 小区详情: one estate across every domain — registry, party-building, public revenue, safety,
// governance, the company's credit, the articles that govern it — and the enabled plugins' fields, in
// ONE query: EstatePage from @wuye/client with the plugins' selection added. Warnings and overdue
// findings stand out.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { EstatePageDocument, type EstatePageQuery, type EstatePageQueryVariables, type WuyeDocument } from '@wuye/client';
import { PluginValues } from '../components/PluginValues.js';
import { Errors, Loading, OutOfScope } from '../components/Status.js';
import { useClient, useOperation } from '../lib/api.js';
import { count, date, decimal, money, percent } from '../lib/format.js';
import { CATEGORY_LABELS, COMMITTEE_ROLE_LABELS, FORMATION_LABELS, label, SERVICE_MODE_LABELS, WARNING_LABELS } from '../lib/labels.js';
import { discoverPluginFields, type PluginFields } from '../lib/plugin-discovery.js';
import { withSelection } from '../lib/plugin-fields.js';
import { canSee } from '../lib/scope.js';
import { Figure, FromOperation } from '../lib/source.js';
import type { Session } from '../lib/session.js';

type Estate = NonNullable<EstatePageQuery['estate']>;

export function EstatePage({ session, id }: { session: Session; id: string }) {
  const client = useClient();
  const [plugins, setPlugins] = useState<PluginFields | null>(null);
  const [pluginProblem, setPluginProblem] = useState<string | null>(null);
  useEffect(() => {
    discoverPluginFields(client, 'ResidentialEstate')
      .then(setPlugins)
      .catch((error: Error) => {
        setPluginProblem(error.message);
        setPlugins({ fields: [], types: new Map(), selection: '' });
      });
  }, [client]);
  const document = useMemo(
    () => (plugins ? { toString: () => withSelection(EstatePageDocument.toString(), 'estate(id: $id) {', plugins.selection) } : EstatePageDocument) as WuyeDocument<EstatePageQuery, EstatePageQueryVariables>,
    [plugins],
  );
  const page = useOperation(document, { id }, { skip: !plugins });
  if (!plugins || page.loading) return <Loading />;
  const estate = page.data?.estate;
  if (!estate) return <Errors errors={page.errors.length ? page.errors : [{ message: `没有小区 ${id}`, code: 'NOT_FOUND', extensions: {} }]} />;
  // the archive is public; the supervision page is for the officials over the estate
  if (!canSee(session, estate.regionCode)) return <OutOfScope what={`小区 ${id}`} region={session.region} />;

  return (
    <FromOperation source={page.source}>
      <nav className="breadcrumbs" aria-label="区划路径">
        <Link href={`/regions/${estate.county.code}`}>{estate.county.name}</Link> › <Link href={`/regions/${estate.community.code}`}>{estate.community.name}</Link> › <strong>{estate.name}</strong>
      </nav>
      <h1 data-testid="estate-title">
        {estate.name} <small>{estate.id}</small>
      </h1>
      <Errors errors={page.errors} />
      <section className="card">
        <dl className="pairs">
          <div><dt>地址</dt><dd>{estate.address}</dd></div>
          <div><dt>类别</dt><dd>{label(CATEGORY_LABELS, estate.category)}</dd></div>
          <div><dt>建成年份</dt><dd><Figure path="estate.buildYear">{estate.buildYear}</Figure></dd></div>
          <div><dt>户数</dt><dd><Figure path="estate.households" testId="estate-households">{count(estate.households)}</Figure></dd></div>
          <div><dt>服务模式</dt><dd>{label(SERVICE_MODE_LABELS, estate.serviceMode)}{estate.fallbackSince ? `（兜底自 ${estate.fallbackSince}）` : ''}</dd></div>
        </dl>
      </section>
      <div className="columns">
        <Company estate={estate} />
        <Committee estate={estate} />
        <PartyBuilding estate={estate} />
        <PublicRevenue estate={estate} />
        <Safety estate={estate} />
        <Governance estate={estate} />
      </div>
      <section className="card">
        <h2>法规依据</h2>
        {estate.governingRules.length ? (
          <ul className="rules">
            {estate.governingRules.map((rule) => (
              <li key={rule.id}>
                <strong>《{rule.document.title}》{rule.label}</strong> {rule.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">无</p>
        )}
      </section>
      <section className="card" data-testid="plugin-section">
        <h2>城市扩展（已启用插件）</h2>
        {pluginProblem ? <p className="hint">无法读取插件字段：{pluginProblem}</p> : null}
        {plugins.fields.length ? <PluginValues fields={plugins.fields} types={plugins.types} values={estate as unknown as Record<string, unknown>} basePath="estate" /> : <p className="empty">没有插件为小区添加字段</p>}
      </section>
    </FromOperation>
  );
}

function Company({ estate }: { estate: Estate }) {
  const result = estate.company?.credit.result;
  return (
    <section className="card">
      <h2>物业服务企业</h2>
      {estate.company ? (
        <>
          <p>
            <Link href={`/companies/${estate.company.id}`} data-testid="estate-company">
              {estate.company.name}
            </Link>
            <br />
            <small>{estate.company.uscc}</small>
          </p>
          {result ? (
            <dl className="pairs">
              <div><dt>信用得分（{result.year}）</dt><dd><Figure path="estate.company.credit.result.score">{decimal(result.score)}</Figure></dd></div>
              <div><dt>等级</dt><dd><Figure path="estate.company.credit.result.grade">{result.grade}</Figure></dd></div>
              <div><dt>全省排名</dt><dd><Figure path="estate.company.credit.result.provinceRank">{result.provinceRank}</Figure></dd></div>
            </dl>
          ) : (
            <p className="empty">无已公布的信用评价</p>
          )}
        </>
      ) : (
        <p className="warn">无物业服务企业</p>
      )}
    </section>
  );
}

function Committee({ estate }: { estate: Estate }) {
  const committee = estate.ownersCommittee;
  return (
    <section className="card">
      <h2>业主委员会</h2>
      {committee ? (
        <>
          <dl className="pairs">
            <div><dt>选举日期</dt><dd>{date(committee.electedOn)}</dd></div>
            <div><dt>任期届满</dt><dd>{date(committee.termEndsOn)}</dd></div>
            <div><dt>党员比例</dt><dd><Figure path="estate.ownersCommittee.partyMemberShare">{percent(committee.partyMemberShare)}</Figure></dd></div>
            <div><dt>红色业委会</dt><dd>{committee.isRed ? '是' : '否'}</dd></div>
          </dl>
          <p className="members">{committee.members.map((m) => `${m.name}（${label(COMMITTEE_ROLE_LABELS, m.role)}）`).join('、')}</p>
        </>
      ) : (
        <p className="empty">未成立</p>
      )}
    </section>
  );
}

function PartyBuilding({ estate }: { estate: Estate }) {
  return (
    <section className="card">
      <h2>党建</h2>
      <dl className="pairs">
        <div><dt>党组织</dt><dd>{estate.partyBranch ? `${estate.partyBranch.name}（${label(FORMATION_LABELS, estate.partyBranch.formation)}，${estate.partyBranch.memberCount} 名党员）` : '未建立'}</dd></div>
        <div><dt>党建指导员</dt><dd>{estate.partyInstructor ? `${estate.partyInstructor.name}（${date(estate.partyInstructor.sentOn)} 选派）` : '—'}</dd></div>
        <div><dt>党群阵地</dt><dd>{estate.partySites.length ? estate.partySites.map((s) => s.name).join('、') : '—'}</dd></div>
      </dl>
    </section>
  );
}

function PublicRevenue({ estate }: { estate: Estate }) {
  const revenue = estate.publicRevenue;
  const statement = revenue.latestStatement;
  return (
    <section className={`card ${revenue.warnings.length ? 'warn' : ''}`}>
      <h2>公共收益</h2>
      <dl className="pairs">
        <div><dt>纳入监管</dt><dd>{revenue.enrolled ? '是' : '否'}</dd></div>
        <div><dt>存款</dt><dd><Figure path="estate.publicRevenue.depositsTotal" testId="estate-deposits">{money(revenue.depositsTotal)}</Figure>（{count(revenue.deposits)} 笔）</dd></div>
        {statement ? (
          <>
            <div><dt>最近收支（{statement.quarter}）</dt><dd>收入 <Figure path="estate.publicRevenue.latestStatement.incomeTotal">{money(statement.incomeTotal)}</Figure> · 支出 <Figure path="estate.publicRevenue.latestStatement.expenseTotal">{money(statement.expenseTotal)}</Figure></dd></div>
            <div><dt>结余</dt><dd><Figure path="estate.publicRevenue.latestStatement.balance">{money(statement.balance)}</Figure></dd></div>
            <div><dt>按时公示</dt><dd className={statement.publishedOnTime === false ? 'warn' : ''}>{statement.publishedOnTime == null ? '—' : statement.publishedOnTime ? '是' : '否'}</dd></div>
          </>
        ) : null}
      </dl>
      {revenue.warnings.length ? (
        <ul className="alerts" data-testid="estate-warnings">
          {revenue.warnings.map((w, i) => (
            <li key={i}>⚠ {label(WARNING_LABELS, w.kind)}（{w.quarter}）</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Safety({ estate }: { estate: Estate }) {
  const safety = estate.safety;
  const flagged = safety.overdueFindings > 0 || safety.selfInspection.missingMonths.length > 0;
  return (
    <section className={`card ${flagged ? 'warn' : ''}`}>
      <h2>安全检查</h2>
      <dl className="pairs">
        <div><dt>检查次数</dt><dd><Figure path="estate.safety.inspections">{count(safety.inspections)}</Figure>（最近 {date(safety.lastInspectedOn)}）</dd></div>
        <div><dt>未整改隐患</dt><dd><Figure path="estate.safety.openFindings">{count(safety.openFindings)}</Figure></dd></div>
        <div><dt>逾期未整改</dt><dd className={safety.overdueFindings ? 'warn' : ''}><Figure path="estate.safety.overdueFindings" testId="estate-overdue">{count(safety.overdueFindings)}</Figure></dd></div>
        <div><dt>企业自查</dt><dd>{safety.selfInspection.required ? `连续 ${safety.selfInspection.streak} 个月` : '不要求'}</dd></div>
      </dl>
      {safety.selfInspection.missingMonths.length ? <p className="alerts">⚠ 缺报月份：{safety.selfInspection.missingMonths.join('、')}</p> : null}
    </section>
  );
}

function Governance({ estate }: { estate: Estate }) {
  const g = estate.governance;
  return (
    <section className="card">
      <h2>基层治理</h2>
      <dl className="pairs">
        <div><dt>议事事项</dt><dd><Figure path="estate.governance.mattersRaised">{count(g.mattersRaised)}</Figure>（已化解 {count(g.mattersSettled)}）</dd></div>
        <div><dt>诉调对接</dt><dd><Figure path="estate.governance.mediations">{count(g.mediations)}</Figure>（有效化解 {count(g.mediationsResolved)}）</dd></div>
        <div><dt>执法进社区</dt><dd><Figure path="estate.governance.enforcementActions">{count(g.enforcementActions)}</Figure>（处置中 {count(g.enforcementPending)}）</dd></div>
        <div><dt>完整社区试点</dt><dd>{g.pilot?.name ?? '—'}</dd></div>
        <div><dt>老旧小区改造</dt><dd>{g.renovation?.name ?? '—'}</dd></div>
      </dl>
    </section>
  );
}
