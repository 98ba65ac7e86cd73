import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import { runtimeConfigQuery } from '../../lib/runtime-config';
import { PaletteListbox } from './palette-listbox';
import { buildPaletteGroups } from './palette-options';
import type { PaletteOption } from './palette-types';
import { loadRecentJumps } from './recent-jumps';
import { useCurrentPlace } from './use-current-place';
import { usePaletteSources } from './use-palette-sources';
import { type PaletteOutcome, useRunOption } from './use-run-option';

type Props = { onClose: (outcome?: PaletteOutcome) => void };

/**
 * The command palette: one input with the WAI-ARIA combobox pattern over a grouped listbox. Focus
 * stays in the input; arrows move the active option (aria-activedescendant), Enter or a click runs
 * it, Escape closes (the dialog's cancel) and focus goes back to where it was.
 */
export function CommandPalette({ onClose }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listboxId = useId();
  const [text, setText] = useState('');
  const place = useCurrentPlace();
  const environment = useQuery(runtimeConfigQuery()).data?.environmentName;
  const recent = useMemo(() => (environment ? loadRecentJumps(environment) : []), [environment]);
  const { sources, status } = usePaletteSources(text, place, recent);
  const groups = buildPaletteGroups(sources);
  const options = groups.flatMap((group) => group.options);
  const run = useRunOption(onClose);

  // The active option is kept by key, so results arriving under it do not move the user's choice.
  const [activeKey, setActiveKey] = useState<string>();
  const activeIndex = Math.max(
    0,
    options.findIndex((option) => option.key === activeKey),
  );
  const active: PaletteOption | undefined = options[activeIndex];
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    const moveTo = (index: number) => {
      event.preventDefault();
      setActiveKey(options[index]?.key);
    };
    if (event.key === 'ArrowDown' && last >= 0) moveTo(activeIndex >= last ? 0 : activeIndex + 1);
    else if (event.key === 'ArrowUp' && last >= 0) moveTo(activeIndex <= 0 ? last : activeIndex - 1);
    else if (event.key === 'Home' && last >= 0) moveTo(0);
    else if (event.key === 'End' && last >= 0) moveTo(last);
    else if (event.key === 'Enter' && active) {
      event.preventDefault();
      void run(active);
    }
  };

  const shownStatus =
    status ??
    (sources.text && options.length === 0 ? { text: 'No matches', tone: 'quiet' as const } : undefined);

  return (
    <Dialog
      title="Search or jump to"
      onClose={() => onClose()}
      width="max-w-xl"
      initialFocus={() => inputRef.current}
    >
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label="Search or jump to"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={active ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Workspace or entity name, #id, page or action"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      <p
        role="status"
        className={`min-h-5 text-sm ${shownStatus?.tone === 'error' ? 'text-red-700' : 'text-slate-600'}`}
      >
        {shownStatus?.text}
      </p>
      <PaletteListbox
        id={listboxId}
        groups={groups}
        activeKey={active?.key}
        optionId={(option) => optionId(options.indexOf(option))}
        onHover={(option) => setActiveKey(option.key)}
        onPick={(option) => void run(option)}
      />
    </Dialog>
  );
}
