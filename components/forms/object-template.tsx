'use client';
// Lays out an object's fields in a plain CSS grid (two columns on wide screens) instead of
// antd's Row/Col: one Col per field re-rendered on every keystroke was a large part of the
// typing cost on 300-field forms. Nested objects become fieldsets with a legend.
import type { ObjectFieldTemplateProps } from '@rjsf/utils';

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', columnGap: 24 } as const;
const WIDE = new Set(['object', 'array']);

export function EntryObjectTemplate({ title, description, properties, fieldPathId, schema }: ObjectFieldTemplateProps) {
  const root = fieldPathId.$id === 'root';
  const body = (
    <div style={GRID}>
      {properties.filter((p) => !p.hidden).map((p) => {
        const type = (p.content.props as { schema?: { type?: string } }).schema?.type;
        return (
          <div key={p.name} style={type && WIDE.has(type) ? { gridColumn: '1 / -1' } : undefined}>
            {p.content}
          </div>
        );
      })}
    </div>
  );
  if (root) return <div id={fieldPathId.$id}>{body}</div>;
  return (
    <fieldset id={fieldPathId.$id} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 16px', margin: '0 0 16px' }}>
      {title || schema.title ? <legend style={{ fontWeight: 600, padding: '0 6px', width: 'auto', border: 0, margin: 0, fontSize: 15 }}>{title || schema.title}</legend> : null}
      {description ? <p style={{ color: '#595959' }}>{description}</p> : null}
      {body}
    </fieldset>
  );
}
