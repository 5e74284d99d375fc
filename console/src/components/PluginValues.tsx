// The plugins' fields, rendered from the schema's own descriptions: a scalar as a line, an object as a
// list of its values, a list of objects as a table. Nothing here knows any plugin.
import { descriptionHead } from '../lib/labels.js';
import { isList, leavesOf, namedType, namespaceOf, type IntrospectedField, type IntrospectedType } from '../lib/plugin-fields.js';
import { Figure } from '../lib/source.js';

const show = (value: unknown): string => (value == null ? '—' : typeof value === 'boolean' ? (value ? '是' : '否') : String(value));

export function PluginValues({ fields, types, values, basePath }: { fields: IntrospectedField[]; types: Map<string, IntrospectedType>; values: Record<string, unknown>; basePath: string }) {
  return (
    <div className="plugin-values">
      {fields.map((field) => {
        const type = types.get(namedType(field.type).name ?? '');
        const leaves = leavesOf(type);
        const value = values[field.name];
        const path = `${basePath}.${field.name}`;
        return (
          <div key={field.name} className="plugin-field" data-testid={`plugin-field-${field.name}`}>
            <h3>
              {descriptionHead(field.description, field.name)} <span className="badge">{namespaceOf(field.name)}</span> <code>{field.name}</code>
            </h3>
            {!type ? (
              <Figure path={path}>{show(value)}</Figure>
            ) : isList(field.type) ? (
              Array.isArray(value) && value.length ? (
                <table className="figures">
                  <thead>
                    <tr>
                      {leaves.map((l) => (
                        <th key={l.name}>{descriptionHead(l.description, l.name)}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {(value as Record<string, unknown>[]).map((row, i) => (
                      <tr key={i}>
                        {leaves.map((l) => (
                          <td key={l.name}>
                            <Figure path={`${path}[${i}].${l.name}`}>{show(row[l.name])}</Figure>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="empty">无</p>
              )
            ) : value ? (
              <dl className="pairs">
                {leaves.map((l) => (
                  <div key={l.name}>
                    <dt>{descriptionHead(l.description, l.name)}</dt>
                    <dd>
                      <Figure path={`${path}.${l.name}`}>{show((value as Record<string, unknown>)[l.name])}</Figure>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="empty">无</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
