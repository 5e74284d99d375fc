// The console's one door to the gateway: @wuye/client on this origin's /graphql (the console server
// forwards it), the signed-in viewer's token on every request, and a hook that keeps each page's data,
// errors and the operation that produced them (so every number can show its query).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createWuyeClient, isWuyeClientError, operationName, type WuyeClient, type WuyeDocument, type WuyeGraphQLError, type WuyeResult } from '@wuye/client';
import type { Session } from './session.js';

export interface OperationSource {
  /** the operation's name, e.g. ProvinceOverview */
  name: string;
  /** its text as sent */
  text: string;
  variables: Record<string, unknown>;
}

export interface OperationState<TResult> {
  data: TResult | null | undefined;
  /** GraphQL errors, or one describing why no answer came */
  errors: WuyeGraphQLError[];
  loading: boolean;
  source: OperationSource;
}

const ClientContext = createContext<WuyeClient | null>(null);

export function ClientProvider({ session, children }: { session: Session | null; children: ReactNode }) {
  const client = useMemo(() => createWuyeClient({ url: '/graphql', token: session?.token, headers: { 'apollographql-client-name': 'wuye-console' } }), [session?.token]);
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): WuyeClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}

export function sourceOf(document: { toString(): string }, variables: Record<string, unknown>): OperationSource {
  const text = document.toString();
  return { name: operationName(text) ?? 'anonymous', text, variables };
}

/** Runs the operation whenever the variables change; `skip` waits (a page still choosing its variables). */
export function useOperation<TResult, TVariables extends Record<string, unknown>>(
  document: WuyeDocument<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): OperationState<TResult> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const text = document.toString();
  // keyed by the document's text and the variables' JSON: callers pass fresh objects on every render
  const source = useMemo(() => sourceOf(document, variables), [text, key]);
  const [state, setState] = useState<Omit<OperationState<TResult>, 'source'> & { key: string }>({ data: undefined, errors: [], loading: true, key: '' });
  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    // the variables are typed by the hook's signature; execute's rest-tuple typing cannot follow a generic
    const execute = client.execute as (d: typeof document, v: TVariables, o: { signal: AbortSignal }) => Promise<WuyeResult<TResult>>;
    execute(document, variables, { signal: controller.signal })
      .then((result) => setState({ data: result.data as TResult | null | undefined, errors: result.errors, loading: false, key }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const errors = isWuyeClientError(error) ? [...error.errors] : [{ message: String((error as Error)?.message ?? error), code: 'NETWORK_ERROR', extensions: {} } as WuyeGraphQLError];
        setState({ data: undefined, errors, loading: false, key });
      });
    return () => controller.abort();
  }, [client, text, key, options.skip]);
  const fresh = state.key === key;
  return { data: fresh ? state.data : undefined, errors: fresh ? state.errors : [], loading: options.skip ? false : state.loading || !fresh, source };
}
