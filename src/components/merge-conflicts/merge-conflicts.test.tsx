import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { threeWayMerge } from '../../lib/three-way-merge/merge';
import { MergeConflicts } from './merge-conflicts';

const clay = { name: 'Clay', phi: 22 };
const peat = { name: 'Peat', phi: 12 };
const sand = { name: 'Sand', phi: 32 };
const base = { length: 10, width: 4, soil: { layers: [clay, peat] }, notes: 'first' };
const mine = { length: 12, width: 4, soil: { layers: [{ ...clay, phi: 24 }, peat] }, notes: 'mine' };
const theirs = {
  length: 10,
  width: 5,
  soil: { layers: [sand, { ...clay, phi: 25 }, peat] },
  notes: 'theirs',
};

const PHI = 'soil.layers[name=Clay].phi';

function setup(result = threeWayMerge(base, mine, theirs)) {
  const onResolve = vi.fn();
  const onCancel = vi.fn();
  const savedAt = new Date(Date.now() - 3 * 60_000).toISOString();
  const view = render(
    <MergeConflicts
      result={result}
      theirsMeta={{ revisionId: 13, author: 'Ana', savedAt }}
      onResolve={onResolve}
      onCancel={onCancel}
    />,
  );
  return { user: userEvent.setup(), onResolve, onCancel, ...view };
}

const group = (path: string) => screen.getByRole('group', { name: path });
const option = (path: string, name: string) => within(group(path)).getByRole('radio', { name });
const saveButton = () => screen.getByRole('button', { name: 'Save merged version' });

describe('MergeConflicts', () => {
  it('says who saved, what was merged on its own, and what needs a choice', async () => {
    const { user } = setup();
    const region = screen.getByRole('region', {
      name: 'Someone else saved this entity while you were editing',
    });
    expect(region).toHaveTextContent('Revision #13 was saved by Ana 3 minutes ago.');
    expect(screen.getByRole('button', { name: /1 change of yours was kept/ })).toBeInTheDocument();
    expect(screen.getByText('2 conflicts need your choice')).toBeInTheDocument();

    const merged = screen.getByRole('button', { name: /2 changes of theirs were merged automatically/ });
    expect(merged).toHaveAttribute('aria-expanded', 'false');
    await user.click(merged);
    expect(merged).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: /2 changes of theirs/ });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['width', 'soil.layers[name=Sand]']);
  });

  it('shows base, mine and theirs for each conflict, in document order, with no choice made', () => {
    setup();
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      PHI,
      'notes',
    ]);
    const phi = group(PHI);
    expect(
      within(phi)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['22', '24', '25']);
    for (const name of ['Keep mine', 'Take theirs', 'Edit…']) expect(option(PHI, name)).not.toBeChecked();
  });

  it('keeps Save disabled until every conflict has a choice, then saves the resolved document', async () => {
    const { user, onResolve } = setup();
    expect(saveButton()).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('2 conflicts still without a valid choice');
    await user.click(option(PHI, 'Take theirs'));
    expect(saveButton()).toBeDisabled();
    await user.click(option('notes', 'Keep mine'));
    expect(screen.getByRole('status')).toHaveTextContent('Every conflict has a choice.');
    await user.click(saveButton());
    expect(onResolve).toHaveBeenCalledWith({
      length: 12,
      width: 5,
      soil: { layers: [sand, { ...clay, phi: 25 }, peat] },
      notes: 'mine',
    });
  });

  it('takes all theirs or keeps all mine in one click, keeping the changes that did not conflict', async () => {
    const { user, onResolve } = setup();
    await user.click(screen.getByRole('button', { name: 'Take all theirs' }));
    expect(option(PHI, 'Take theirs')).toBeChecked();
    expect(option('notes', 'Take theirs')).toBeChecked();
    await user.click(saveButton());
    expect(onResolve).toHaveBeenLastCalledWith({ ...theirs, length: 12 });

    await user.click(screen.getByRole('button', { name: 'Keep all mine' }));
    expect(option('notes', 'Keep mine')).toBeChecked();
    await user.click(saveButton());
    expect(onResolve).toHaveBeenLastCalledWith({
      ...mine,
      width: 5,
      soil: { layers: [sand, { ...clay, phi: 24 }, peat] },
    });
  });

  it('saves a custom value typed as JSON, and blocks Save while it is not valid JSON', async () => {
    const { user, onResolve } = setup();
    await user.click(option('notes', 'Take theirs'));
    await user.click(option(PHI, 'Edit…'));
    const input = screen.getByRole('textbox', { name: `Custom value for ${PHI} (JSON)` });
    expect(input).toHaveValue('24');

    await user.clear(input);
    await user.type(input, '23,5');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(/Not valid JSON/);
    expect(saveButton()).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('1 conflict still without a valid choice');

    await user.clear(input);
    expect(input).toHaveAccessibleDescription(/Enter a value as JSON/);
    await user.type(input, '{{"value": 23.5, "unit": "°"}');
    expect(input).toBeValid();
    await user.click(saveButton());
    expect(onResolve).toHaveBeenCalledWith({
      ...theirs,
      length: 12,
      soil: { layers: [sand, { ...clay, phi: { value: 23.5, unit: '°' } }, peat] },
    });
  });

  it('keeps a custom value typed so far when the user looks at another option and comes back', async () => {
    const { user } = setup();
    await user.click(option(PHI, 'Edit…'));
    await user.type(screen.getByRole('textbox', { name: /Custom value/ }), '0');
    await user.click(option(PHI, 'Keep mine'));
    expect(screen.queryByRole('textbox', { name: /Custom value/ })).not.toBeInTheDocument();
    await user.click(option(PHI, 'Edit…'));
    expect(screen.getByRole('textbox', { name: /Custom value/ })).toHaveValue('240');
  });

  it('offers a layer I deleted and they changed back, shown as deleted, with its full value on demand', async () => {
    const result = threeWayMerge(
      { layers: [clay, peat] },
      { layers: [clay] },
      { layers: [clay, { ...peat, phi: 13 }] },
    );
    const { user, onResolve } = setup(result);
    const peatGroup = group('layers[name=Peat]');
    expect(within(peatGroup).getByText('(deleted)')).toBeInTheDocument();
    await user.click(within(peatGroup).getByText('{"name":"Peat","phi":13}'));
    expect(within(peatGroup).getByText(/"phi": 13/)).toBeInTheDocument();
    await user.click(option('layers[name=Peat]', 'Take theirs'));
    await user.click(saveButton());
    expect(onResolve).toHaveBeenCalledWith({ layers: [clay, { ...peat, phi: 13 }] });
  });

  it('offers a list both changed whose items have no key as one choice, explained, and saves it whole', async () => {
    const points = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ];
    const minePoints = [points[0], { x: 1, y: 5 }];
    const theirPoints = [points[1], { x: 2, y: 2 }];
    const { user, onResolve } = setup(
      threeWayMerge(
        { points, width: 4 },
        { points: minePoints, width: 4 },
        { points: theirPoints, width: 5 },
      ),
    );
    expect(screen.getByText('1 conflict needs your choice')).toBeInTheDocument();
    const list = group('points');
    expect(list).toHaveAccessibleDescription(
      /You both changed this list, and its items cannot be matched one to one/,
    );
    expect(
      within(list)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Base · 2 items', 'Mine · 2 items', 'Theirs · 2 items']);
    expect(within(list).getByText('[{"x":1,"y":1},{"x":2,"y":2}]')).toBeInTheDocument();

    await user.click(option('points', 'Edit…'));
    const input = screen.getByRole('textbox', { name: 'Custom value for points (JSON)' });
    expect(JSON.parse((input as HTMLTextAreaElement).value)).toEqual(minePoints);
    await user.clear(input);
    await user.type(input, '[[{{"x": 1, "y": 5}, {{"x": 2, "y": 2}]');
    await user.click(saveButton());
    expect(onResolve).toHaveBeenLastCalledWith({
      points: [
        { x: 1, y: 5 },
        { x: 2, y: 2 },
      ],
      width: 5,
    });

    await user.click(option('points', 'Take theirs'));
    await user.click(saveButton());
    expect(onResolve).toHaveBeenLastCalledWith({ points: theirPoints, width: 5 });
  });

  it('saves straight away when nothing conflicts', async () => {
    const { user, onResolve } = setup(threeWayMerge(base, { ...base, length: 12 }, { ...base, width: 5 }));
    expect(screen.getByText('No conflicts: you did not change the same values.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take all theirs' })).not.toBeInTheDocument();
    await user.click(saveButton());
    expect(onResolve).toHaveBeenCalledWith({ ...base, length: 12, width: 5 });
  });

  it('cancels without saving', async () => {
    const { user, onResolve, onCancel } = setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onResolve).not.toHaveBeenCalled();
  });

  it('forgets earlier choices when a newer merge comes in', async () => {
    const { user, rerender, onResolve, onCancel } = setup();
    await user.click(screen.getByRole('button', { name: 'Keep all mine' }));
    expect(saveButton()).toBeEnabled();
    const again = threeWayMerge(theirs, mine, { ...theirs, notes: 'theirs, again' });
    rerender(<MergeConflicts result={again} onResolve={onResolve} onCancel={onCancel} />);
    expect(saveButton()).toBeDisabled();
    expect(option('notes', 'Keep mine')).not.toBeChecked();
  });
});
