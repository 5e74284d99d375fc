// 登录: pick a demo role and region (the console server mints a development token with the CLI's
// issuer), or paste a token from the province's identity provider.
import { useEffect, useState, type FormEvent } from 'react';
import { RegionTreeDocument } from '@wuye/client';
import { useOperation } from '../lib/api.js';
import { ROLE_LABELS } from '../lib/labels.js';
import { sessionFromToken, type Session } from '../lib/session.js';

interface Options {
  devTokens: boolean;
  roles: string[];
}

const NEEDS_REGION: Record<string, 'CITY' | 'COUNTY' | 'STREET' | undefined> = { CITY_ADMIN: 'CITY', COUNTY_ADMIN: 'COUNTY', STREET_STAFF: 'STREET' };

export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice?: string | null }) {
  const [options, setOptions] = useState<Options | null>(null);
  const [role, setRole] = useState('CITY_ADMIN');
  const [region, setRegion] = useState('350200');
  const [company, setCompany] = useState('C0001');
  const [streetCounty, setStreetCounty] = useState('350203');
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const tree = useOperation(RegionTreeDocument, { code: '350000' });

  useEffect(() => {
    fetch('/api/sign-in/options')
      .then((r) => r.json() as Promise<Options>)
      .then(setOptions)
      .catch(() => setOptions({ devTokens: false, roles: [] }));
  }, []);

  const cities = tree.data?.region?.children ?? [];
  const counties = cities.flatMap((c) => c.children.map((county) => ({ ...county, city: c.name })));
  const level = NEEDS_REGION[role];
  // street staff pick a county first, then one of its streets
  const streetTree = useOperation(RegionTreeDocument, { code: streetCounty }, { skip: level !== 'STREET' });
  const streets = streetTree.data?.region?.children ?? [];
  useEffect(() => {
    if (level === 'STREET' && streets.length && !streets.some((s) => s.code === region)) setRegion(streets[0]!.code);
  }, [level, streets, region]);

  const chooseRole = (next: string) => {
    setRole(next);
    if (next === 'PROVINCE_ADMIN') setRegion('350000');
    if (next === 'CITY_ADMIN' && !cities.some((c) => c.code === region)) setRegion(cities[0]?.code ?? '350200');
    if (next === 'COUNTY_ADMIN' && !counties.some((c) => c.code === region)) setRegion(counties[0]?.code ?? '350203');
  };

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const body = { role, region: role === 'COMPANY' ? '350000' : region, ...(role === 'COMPANY' ? { company } : {}) };
    const answer = await fetch('/api/sign-in/dev-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await answer.json()) as { token?: string; error?: { code: string; message: string } };
    if (!json.token) return setProblem(`${json.error?.code ?? answer.status}: ${json.error?.message ?? '登录失败'}`);
    onSignedIn(sessionFromToken(json.token));
  };

  const usePasted = (event: FormEvent) => {
    event.preventDefault();
    try {
      onSignedIn(sessionFromToken(pasted));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <main className="sign-in">
      <h1>物业监管联邦平台</h1>
      <p className="subtitle">福建省物业管理监管控制台 · Wuye Federation console</p>
      {notice ? (
        <p className="errors" role="status" data-testid="sign-in-notice">
          {notice}
        </p>
      ) : null}
      {options?.devTokens ? (
        <form className="card" onSubmit={signIn} data-testid="sign-in-form">
          <h2>演示登录</h2>
          <label>
            角色
            <select value={role} onChange={(e) => chooseRole(e.target.value)} data-testid="sign-in-role">
              {options.roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r] ?? r}
                </option>
              ))}
            </select>
          </label>
          {level === 'CITY' ? (
            <label>
              设区市
              <select value={region} onChange={(e) => setRegion(e.target.value)} data-testid="sign-in-region">
                {cities.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}（{c.code}）
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {level === 'COUNTY' ? (
            <label>
              县（市、区）
              <select value={region} onChange={(e) => setRegion(e.target.value)} data-testid="sign-in-region">
                {counties.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.city} · {c.name}（{c.code}）
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {level === 'STREET' ? (
            <>
              <label>
                县（市、区）
                <select value={streetCounty} onChange={(e) => setStreetCounty(e.target.value)} data-testid="sign-in-street-county">
                  {counties.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.city} · {c.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                街道（乡镇）
                <select value={region} onChange={(e) => setRegion(e.target.value)} data-testid="sign-in-region">
                  {streets.map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name}（{s.code}）
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : null}
          {role === 'COMPANY' ? (
            <label>
              企业编号
              <input value={company} onChange={(e) => setCompany(e.target.value)} placeholder="C0001" data-testid="sign-in-company" />
            </label>
          ) : null}
          <button type="submit" className="primary" data-testid="sign-in-submit">
            登录
          </button>
          <p className="hint">演示令牌由控制台服务用开发密钥签发（与 `npx wuye token` 相同），有效期 12 小时。</p>
        </form>
      ) : null}
      <form className="card" onSubmit={usePasted}>
        <h2>使用令牌登录</h2>
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="粘贴 Bearer 令牌（JWT）" rows={3} data-testid="sign-in-token" />
        <button type="submit">使用此令牌</button>
      </form>
      {problem ? (
        <p className="errors" role="alert">
          {problem}
        </p>
      ) : null}
    </main>
  );
}
