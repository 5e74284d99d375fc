// 法规检索: full-text search over laws, regulations and normative documents; matches highlighted.
import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { SearchRegulationsDocument } from '@wuye/client';
import { Errors, Loading } from '../components/Status.js';
import { useOperation } from '../lib/api.js';
import { count } from '../lib/format.js';
import { snippetParts } from '../lib/snippet.js';
import { Figure, FromOperation } from '../lib/source.js';

export function Regulations() {
  const params = new URLSearchParams(useSearch());
  const query = params.get('q') ?? '';
  const [, navigate] = useLocation();
  const [text, setText] = useState(query);
  const search = useOperation(SearchRegulationsDocument, { query, first: 20 }, { skip: !query.trim() });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/regulations?q=${encodeURIComponent(text.trim())}`);
  };
  const results = search.data?.searchRegulations;
  return (
    <FromOperation source={search.source}>
      <h1>法规检索</h1>
      <form className="search" onSubmit={submit} role="search">
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder="输入关键词，如：公共收益 公示" aria-label="关键词" data-testid="regulations-query" />
        <button type="submit" className="primary" data-testid="regulations-submit">
          检索
        </button>
      </form>
      <Errors errors={search.errors} />
      {query && search.loading ? <Loading /> : null}
      {results ? (
        <section className="card" data-testid="regulations-results">
          <p>
            共 <Figure path="searchRegulations.totalCount" testId="regulations-total">{count(results.totalCount)}</Figure> 条结果（完全匹配优先）
          </p>
          <ol className="hits">
            {results.edges.map(({ node }) => (
              <li key={node.id} className="hit">
                <h3>
                  《{node.document.title}》{node.article ? ` ${node.article.label}` : ''} {node.exact ? <span className="badge">完全匹配</span> : null}
                </h3>
                <p className="snippet">
                  {snippetParts(node.snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </p>
                <small>
                  {node.document.issuer} · {node.version?.label ?? ''}
                </small>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </FromOperation>
  );
}
