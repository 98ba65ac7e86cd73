import { memo } from 'react';
import type { JsonPath } from '../../lib/format-path';
import { ArrayList } from './array-list';
import type { ItemPosition } from './item-controls';
import { ObjectSection } from './object-section';
import { ObjectTable } from './object-table';
import { isPlainObject } from './path-ops';
import { ScalarField } from './scalar-field';
import { tableColumns } from './table-columns';

export type NodeProps = {
  path: JsonPath;
  name: string;
  label: string;
  value: unknown;
  unit?: string;
  item?: ItemPosition;
};

/**
 * Any value, edited by its shape. Memoized on the value: edits copy only the containers on their path,
 * so a keystroke re-renders that path and not its siblings.
 */
export const ValueNode = memo(function ValueNode(props: NodeProps) {
  const { value } = props;
  if (Array.isArray(value)) {
    const columns = tableColumns(value);
    return columns ? (
      <ObjectTable {...props} value={value as Record<string, unknown>[]} columns={columns} />
    ) : (
      <ArrayList {...props} value={value} />
    );
  }
  if (isPlainObject(value)) return <ObjectSection {...props} value={value} />;
  return <ScalarField {...props} />;
}, sameNode);

// `path` is rebuilt by every parent render; `name` is the same path, formatted.
function sameNode(a: NodeProps, b: NodeProps): boolean {
  return (
    a.value === b.value &&
    a.name === b.name &&
    a.label === b.label &&
    a.unit === b.unit &&
    a.item?.index === b.item?.index &&
    a.item?.last === b.item?.last
  );
}
