import { isNumeric } from '../../lib/exact-json';
import { appendPath, type JsonPath } from '../../lib/format-path';
import { unitFor } from '../json-viewer/units';
import { AddField } from './add-field';
import type { ItemPosition } from './item-controls';
import { countText, SectionFrame } from './section-frame';
import { ValueNode } from './value-node';

type Props = {
  path: JsonPath;
  name: string;
  label: string;
  value: Record<string, unknown>;
  item?: ItemPosition;
};

export function ObjectSection({ path, name, label, value, item }: Props) {
  return (
    <SectionFrame
      path={path}
      name={name}
      label={label}
      summary={countText(Object.keys(value).length, 'field', 'fields')}
      item={item}
    >
      {() => <ObjectFields path={path} name={name} value={value} />}
    </SectionFrame>
  );
}

/** The fields of an object, in document order; the editor's root is one of these. */
export function ObjectFields({
  path,
  name,
  value,
}: {
  path: JsonPath;
  name: string;
  value: Record<string, unknown>;
}) {
  const entries = Object.entries(value);
  return (
    <div className="flex flex-col gap-1">
      {entries.length === 0 && <p className="text-sm italic text-slate-500">No fields</p>}
      {entries.map(([key, child]) => (
        <ValueNode
          key={key}
          path={[...path, key]}
          name={appendPath(name, key)}
          label={key}
          value={child}
          // Lists take the unit their items are in (`levels: [..]` with `levels_unit`).
          unit={isNumeric(child) || Array.isArray(child) ? unitFor(value, key) : undefined}
        />
      ))}
      <AddField path={path} name={name} value={value} />
    </div>
  );
}
