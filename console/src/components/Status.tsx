// Loading and error states, with the gateway's codes said in Chinese (and kept, for support).
import type { WuyeGraphQLError } from '@wuye/client';

const MESSAGES: Record<string, string> = {
  FORBIDDEN: '无权查看：超出您的管辖范围',
  UNAUTHENTICATED: '登录已失效，请重新登录',
  NOT_FOUND: '未找到',
  BAD_USER_INPUT: '输入有误',
  SUBGRAPH_UNAVAILABLE: '部分数据暂不可用（子图无应答）',
  NETWORK_ERROR: '无法连接网关',
  GATEWAY_UNREACHABLE: '网关无应答',
};

export function Loading() {
  return (
    <div className="loading" role="status">
      加载中…
    </div>
  );
}

export function Errors({ errors }: { errors: WuyeGraphQLError[] }) {
  if (!errors.length) return null;
  return (
    <div className="errors" role="alert" data-testid="errors">
      {errors.map((e, i) => (
        <p key={i} data-code={e.code}>
          <strong>{MESSAGES[e.code] ?? '出错了'}</strong> <code>{e.code}</code>
          {e.serviceName ? <span>（{e.serviceName}）</span> : null} {e.path ? <span className="path">{e.path.join('.')}</span> : null}
          <br />
          <small>{e.message}</small>
        </p>
      ))}
    </div>
  );
}

export function OutOfScope({ what, region }: { what: string; region: string }) {
  return (
    <div className="errors out-of-scope" role="alert" data-testid="out-of-scope">
      <p>
        <strong>无权查看</strong> <code>FORBIDDEN</code>
        <br />
        {what}不在您的管辖范围（{region}）内。
      </p>
    </div>
  );
}
