// The plugins' fields, rendered from the schema's own descriptions: a scalar as a line, an object as a
// list of its values, a list of objects as a table. Nothing here knows any plugin.
import { descriptionHead } from '../lib/labels.js';
import { isList, leavesOf, namedType, namespaceOf, type IntrospectedField, type IntrospectedType } from '../lib/plugin-fields.js';
import { Figure } from '../lib/source.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** a value as text: yes/no, an instant to the minute (UTC, as the API sends it), an enum by its description */
function show(value: unknown, field?: IntrospectedField, types?: Map<string, IntrospectedType>): string {
  if (value == null) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = String(value);
  const enumType = field ? types?.get(namedType(field.type).name ?? '') : undefined;
  const described = enumType?.enumValues?.find((v) => v.name === text);
  if (described) return descriptionHead(described.description, text);
  const instant = DATE_TIME.exec(text);
  return instant ? `${instant[1]} ${instant[2]}` : text;
}

export function PluginValues({ fields, types, values, basePath }: { fields: IntrospectedField[]; types: Map<string, IntrospectedType>; values: Record<string, unknown>; basePath: string }) {
  return (
    <div className="plugin-values">
      {fields.map((field) => {
        const found = types.get(namedType(field.type).name ?? '');
        const type = found?.kind === 'OBJECT' ? found : undefined;
        const leaves = leavesOf(type);
        const value = values[field.name];
        const path = `${basePath}.${field.name}`;
        return (
          <div key={field.name} className="plugin-field" data-testid={`plugin-field-${field.name}`}>
            <h3>
              {descriptionHead(field.description, field.name)} <span className="badge">{namespaceOf(field.name)}</span> <code>{field.name}</code>
            </h3>
            {!type ? (
              <Figure path={path}>{show(value, field, types)}</Figure>
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
                            <Figure path={`${path}[${i}].${l.name}`}>{show(row[l.name], l, types)}</Figure>
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
                      <Figure path={`${path}.${l.name}`}>{show((value as Record<string, unknown>)[l.name], l, types)}</Figure>
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
