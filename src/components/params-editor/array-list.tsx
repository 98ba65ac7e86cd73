import { appendPath, type JsonPath } from '../../lib/format-path';
import { useEditor } from './editor-context';
import type { ItemPosition } from './item-controls';
import { ListFooter } from './list-footer';
import { blankLike } from './new-values';
import { hiddenText, useRowWindow } from './row-window';
import { countText, SectionFrame } from './section-frame';
import { ValueNode } from './value-node';

type Props = {
  path: JsonPath;
  name: string;
  label: string;
  value: unknown[];
  unit?: string;
  item?: ItemPosition;
};

/** A list that is not a table: one input (or group) per item, with move and remove buttons. */
export function ArrayList({ path, name, label, value, unit, item }: Props) {
  const { set } = useEditor();
  const shown = useRowWindow(name, value.length);
  // A new item is a blank of the last one's type; in an empty list it starts as null, whose picker
  // then sets its type.
  const addItem = () => {
    shown.noteAdded();
    set([...path, value.length], blankLike(value.at(-1) ?? null));
  };
  return (
    <SectionFrame
      path={path}
      name={name}
      label={label}
      summary={countText(value.length, 'item', 'items')}
      item={item}
    >
      {() => (
        <>
          {value.length === 0 && <p className="text-sm italic text-slate-500">Empty list</p>}
          <ol className="flex flex-col gap-1">
            {shown.rows.map(({ index, hiddenBefore }) => (
              <li key={index}>
                {hiddenBefore > 0 && (
                  <p className="py-1 text-xs text-slate-500">{hiddenText(hiddenBefore, 'items')}</p>
                )}
                <ValueNode
                  path={[...path, index]}
                  name={appendPath(name, index)}
                  label={`[${index}]`}
                  value={value[index]}
                  unit={unit}
                  item={{ index, last: index === value.length - 1 }}
                />
              </li>
            ))}
          </ol>
          {shown.hiddenAfter > 0 && (
            <p className="py-1 text-xs text-slate-500">{hiddenText(shown.hiddenAfter, 'items')}</p>
          )}
          <ListFooter
            hidden={shown.hidden}
            total={value.length}
            noun="items"
            addLabel={`Add item to ${name}`}
            addText="+ Add item"
            onShowAll={shown.showAll}
            onAdd={addItem}
          />
        </>
      )}
    </SectionFrame>
  );
}
