import { screen } from '@testing-library/react';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

/** The Edit tab of Quay wall (entity 11), the entity the edit page tests change. */
export const EDIT = '/workspaces/1/entities/11/edit';
export const quayWall = () => mockState.entities.find((entity) => entity.id === 11);

/** Someone else saves the entity behind the dashboard's back. */
export function theySave(change: Record<string, unknown>) {
  const entity = quayWall();
  if (!entity) throw new Error('no quay wall');
  const properties = { ...entity.properties, ...change };
  const savedAt = '2026-11-23T09:00:00.000001Z';
  Object.assign(entity, { properties, updated_at: savedAt });
  mockState.revisions[11]?.unshift({ id: 900, created_date: savedAt, properties, created_by: 3 });
}

/** Opens the Edit tab and types a new `length`, waiting until the page counts it as one change. */
export async function openAndEditLength(value: string) {
  const view = renderApp(EDIT);
  const length = await screen.findByLabelText('length');
  await view.user.clear(length);
  await view.user.type(length, value);
  await screen.findByRole('heading', { name: /Your changes: 0 added, 0 removed, 1 changed/ });
  return view;
}
