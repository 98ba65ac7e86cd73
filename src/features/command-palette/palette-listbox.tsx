import { useId } from 'react';
import type { PaletteGroup, PaletteOption } from './palette-types';

type Props = {
  id: string;
  groups: PaletteGroup[];
  activeKey: string | undefined;
  optionId: (option: PaletteOption) => string;
  onHover: (option: PaletteOption) => void;
  onPick: (option: PaletteOption) => void;
};

/** The palette's options in labelled groups. Everything from the API is rendered as text. */
export function PaletteListbox({ id, groups, activeKey, optionId, onHover, onPick }: Props) {
  const groupId = useId();
  return (
    <div role="listbox" id={id} aria-label="Results" className="-mx-1 min-h-0 overflow-y-auto">
      {groups.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox's groups are role="group" (WAI-ARIA); a fieldset is a form's.
        <div key={group.name} role="group" aria-labelledby={`${groupId}-${group.name}`} className="py-1">
          <div
            id={`${groupId}-${group.name}`}
            role="presentation"
            className="px-2 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase"
          >
            {group.name}
          </div>
          {group.options.map((option) => {
            const isActive = option.key === activeKey;
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input owns the keyboard (aria-activedescendant); options are never focused.
              <div
                key={option.key}
                id={optionId(option)}
                role="option"
                aria-selected={isActive}
                tabIndex={-1}
                // Keep focus in the input: a click runs the option without taking focus from it first.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => !isActive && onHover(option)}
                onClick={() => onPick(option)}
                className={`flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-2 py-1.5 text-sm ${
                  isActive ? 'bg-blue-700 text-white' : 'text-slate-900'
                }`}
              >
                <span className="min-w-0 truncate">{option.label}</span>
                {option.hint && (
                  <span className={`shrink-0 text-xs ${isActive ? 'text-blue-100' : 'text-slate-600'}`}>
                    {/* Heard as "Quay wall, Structure #11", not run together. */}
                    <span className="sr-only">, </span>
                    {option.hint}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
