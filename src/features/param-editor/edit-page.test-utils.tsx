import { screen } from '@testing-library/react';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

/** The Edit tab of Quay wall (entity 11), the entity the edit page tests change. */
export const EDIT = '/workspaces/1/entities/11/edit';
export const quayWall = () => mockState.entities.find((entity) => entity.id === 11);

/** Opens the Edit tab and types a new `length`, waiting until the page counts it as one change. */
export async function openAndEditLength(value: string) {
  const view = renderApp(EDIT);
  const length = await screen.findByLabelText('length');
  await view.user.clear(length);
  await view.user.type(length, value);
  await screen.findByRole('heading', { name: /Your changes: 0 added, 0 removed, 1 changed/ });
  return view;
}
