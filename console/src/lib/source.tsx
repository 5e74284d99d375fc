// Every number on a page can say where it came from: the operation, its variables and the path in
// the answer. A page wraps its figures in <FromOperation>; a click on a figure opens the query panel.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { OperationSource } from './api.js';

export interface Trace {
  source: OperationSource;
  /** path in the answer, e.g. region.children[3].coverage.rate */
  path: string;
  label?: string;
}

interface Panel {
  open(trace: Trace): void;
}

const PanelContext = createContext<Panel>({ open: () => undefined });
const SourceContext = createContext<OperationSource | null>(null);

export function FromOperation({ source, children }: { source: OperationSource; children: ReactNode }) {
  return <SourceContext.Provider value={source}>{children}</SourceContext.Provider>;
}

export const useSource = (): OperationSource | null => useContext(SourceContext);
export const useQueryPanel = (): Panel => useContext(PanelContext);

/** data-source of a figure: "ProvinceOverview region.coverage.rate" */
export const traceKey = (source: OperationSource, path: string) => `${source.name} ${path}`;

/** A value from the current operation's answer; a click shows its query. */
export function Figure({ path, children, testId, label, className }: { path: string; children: ReactNode; testId?: string; label?: string; className?: string }) {
  const source = useSource();
  const panel = useQueryPanel();
  if (!source) return <span className={className}>{children}</span>;
  return (
    <button
      type="button"
      className={`figure ${className ?? ''}`}
      data-source={traceKey(source, path)}
      data-testid={testId}
      title={`来源 ${source.name} → ${path}（点击查看查询）`}
      onClick={() => panel.open({ source, path, label })}
    >
      {children}
    </button>
  );
}

/** A card: a label, a big number, and the number's source. */
export function StatCard({ label, path, value, note, testId, tone }: { label: string; path: string; value: ReactNode; note?: ReactNode; testId?: string; tone?: 'warn' | 'ok' }) {
  return (
    <div className={`card stat ${tone ?? ''}`}>
      <div className="stat-label">{label}</div>
      <Figure path={path} testId={testId} label={label} className="stat-value">
        {value}
      </Figure>
      {note ? <div className="stat-note">{note}</div> : null}
    </div>
  );
}

function curlOf(source: OperationSource): string {
  const body = JSON.stringify({ query: source.text, variables: source.variables }).replace(/'/g, `'\\''`);
  return `curl -s ${location.origin}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '${body}'`;
}

export function QueryPanelProvider({ children }: { children: ReactNode }) {
  const [trace, setTrace] = useState<Trace | null>(null);
  const open = useCallback((t: Trace) => setTrace(t), []);
  const panel = useMemo(() => ({ open }), [open]);
  return (
    <PanelContext.Provider value={panel}>
      {children}
      {trace ? (
        <aside className="query-panel" role="dialog" aria-label="数据来源" data-testid="query-panel">
          <header>
            <strong>数据来源{trace.label ? ` · ${trace.label}` : ''}</strong>
            <button type="button" onClick={() => setTrace(null)} aria-label="关闭">
              ×
            </button>
          </header>
          <dl>
            <dt>操作 operation</dt>
            <dd data-testid="query-panel-operation">{trace.source.name}</dd>
            <dt>字段路径 path</dt>
            <dd>
              <code data-testid="query-panel-path">{trace.path}</code>
            </dd>
            <dt>变量 variables</dt>
            <dd>
              <pre>{JSON.stringify(trace.source.variables, null, 2)}</pre>
            </dd>
          </dl>
          <details open>
            <summary>查询 query</summary>
            <pre className="query-text">{trace.source.text}</pre>
          </details>
          <details>
            <summary>命令行 curl</summary>
            <pre className="query-text">{curlOf(trace.source)}</pre>
          </details>
        </aside>
      ) : null}
    </PanelContext.Provider>
  );
}
