import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { ParamsEditor, type ParamsEditorProps } from './params-editor';

type Params = Record<string, unknown>;

/** Frozen so an editor that mutates its value throws in the test instead of passing by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function pileParams() {
  return deepFreeze({
    name: 'P-12',
    notes: 'Driven on 3 May.\nCheck the cap level.',
    geometry: {
      width: 0.4,
      width_unit: 'm',
      length: 21.5,
      length_unit: 'm',
      detail: { cap: { thickness: 0.6, thickness_unit: 'm' } },
    },
    verified: true,
    remarks: null,
    levels: [-1.5, -3, -4.25],
    levels_unit: 'm',
    tags: ['driven', 'prefab'],
    soil: {
      layers: [
        { name: 'Clay', top_level: 0.5, phi: 22.5, phi_unit: 'deg', drained: false, remarks: null },
        { name: 'Peat', top_level: -1.2, phi: 15, phi_unit: 'deg', drained: false, remarks: 'soft' },
        { name: 'Sand', top_level: -4.8, phi: 32.5, phi_unit: 'deg', drained: true, remarks: null },
      ],
    },
  });
}

export const EDITOR_LABEL = 'Edit parameters of Pile P-12';

type HarnessProps = { initial: Params; onChange: (next: Params) => void; props: Partial<ParamsEditorProps> };

/** Holds the draft in state the way a page would, so the editor is controlled. */
function Harness({ initial, onChange, props }: HarnessProps) {
  const [value, setValue] = useState(initial);
  return (
    <ParamsEditor
      label={EDITOR_LABEL}
      {...props}
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

export function renderEditor<T extends Params>(initial: T, props: Partial<ParamsEditorProps> = {}) {
  const onChange = vi.fn<(next: Params) => void>();
  const user = userEvent.setup();
  const view = render(<Harness initial={initial} onChange={onChange} props={props} />);
  /** The value of the latest onChange, typed like the initial value. */
  const last = (): T => {
    const call = onChange.mock.lastCall;
    if (!call) throw new Error('onChange was not called');
    return call[0] as T;
  };
  /** New props for the same editor, keeping the draft: as when a save fails and errors arrive. */
  const setProps = (next: Partial<ParamsEditorProps>) =>
    view.rerender(<Harness initial={initial} onChange={onChange} props={next} />);
  return { user, onChange, last, setProps };
}
