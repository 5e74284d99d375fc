// 逐级下钻: a region's path, the regions below it and its estates (a page at a time), from one
// operation (RegionDrillDown). Regions outside the viewer's own are not offered, and refused if typed in.
import { useState } from 'react';
import { Link } from 'wouter';
import { RegionDrillDownDocument } from '@wuye/client';
import { Errors, Loading, OutOfScope } from '../components/Status.js';
import { useOperation } from '../lib/api.js';
import { count, percent } from '../lib/format.js';
import { label, LEVEL_LABELS, SERVICE_MODE_LABELS } from '../lib/labels.js';
import { canSee } from '../lib/scope.js';
import { Figure, FromOperation } from '../lib/source.js';
import type { Session } from '../lib/session.js';

const PAGE = 20;

export function RegionPage({ session, code }: { session: Session; code: string }) {
  const [after, setAfter] = useState<string[]>([]); // cursors of the pages before this one
  const visible = canSee(session, code);
  const drill = useOperation(RegionDrillDownDocument, { code, first: PAGE, after: after.at(-1) ?? null }, { skip: !visible });
  if (!visible) return <OutOfScope what={`区划 ${code}`} region={session.region} />;
  if (drill.loading) return <Loading />;
  const region = drill.data?.region;
  const estates = drill.data?.estates;
  if (!region) return <Errors errors={drill.errors.length ? drill.errors : [{ message: `没有区划 ${code}`, code: 'NOT_FOUND', extensions: {} }]} />;
  const trail = region.ancestors.filter((a) => canSee(session, a.code));

  return (
    <FromOperation source={drill.source}>
      <nav className="breadcrumbs" aria-label="区划路径" data-testid="breadcrumbs">
        {trail.map((a) => (
          <span key={a.code}>
            <Link href={`/regions/${a.code}`}>{a.name}</Link> ›{' '}
          </span>
        ))}
        <strong>{region.name}</strong>
      </nav>
      <h1 data-testid="region-title">
        {region.name} <small>{LEVEL_LABELS[region.level]} · {region.code}</small>
      </h1>
      <Errors errors={drill.errors} />
      {region.children.length ? (
        <section className="card">
          <h2>下级区划（{region.children.length}）</h2>
          <table className="figures" data-testid="region-children">
            <thead>
              <tr>
                <th>名称</th>
                <th>层级</th>
                <th>小区</th>
                <th>物业服务覆盖率</th>
              </tr>
            </thead>
            <tbody>
              {region.children.map((child, i) => (
                <tr key={child.code}>
                  <td>
                    <Link href={`/regions/${child.code}`} data-testid={`region-link-${child.code}`}>
                      {child.name}
                    </Link>
                  </td>
                  <td>{LEVEL_LABELS[child.level]}</td>
                  <td><Figure path={`region.children[${i}].estateCount`}>{count(child.estateCount)}</Figure></td>
                  <td><Figure path={`region.children[${i}].coverage.rate`}>{percent(child.coverage.rate)}</Figure></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {estates ? (
        <section className="card">
          <h2>
            住宅小区 <Figure path="estates.totalCount" testId="estates-total">{count(estates.totalCount)}</Figure> 个
          </h2>
          <table className="figures" data-testid="estate-list">
            <thead>
              <tr>
                <th>小区</th>
                <th>县（区）</th>
                <th>地址</th>
                <th>户数</th>
                <th>服务模式</th>
                <th>物业服务企业</th>
              </tr>
            </thead>
            <tbody>
              {estates.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <Link href={`/estates/${node.id}`} data-testid={`estate-link-${node.id}`}>
                      {node.name}
                    </Link>
                  </td>
                  <td>{node.county.name}</td>
                  <td>{node.address}</td>
                  <td>{count(node.households)}</td>
                  <td>{label(SERVICE_MODE_LABELS, node.serviceMode)}</td>
                  <td>{node.company ? <Link href={`/companies/${node.company.id}`}>{node.company.name}</Link> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" disabled={!after.length} onClick={() => setAfter(after.slice(0, -1))}>
              上一页
            </button>
            <span>第 {after.length + 1} 页</span>
            <button type="button" disabled={!estates.pageInfo.hasNextPage} onClick={() => estates.pageInfo.endCursor && setAfter([...after, estates.pageInfo.endCursor])}>
              下一页
            </button>
          </div>
        </section>
      ) : null}
    </FromOperation>
  );
}
