import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeEntity, makeEntityType, omit } from '../../../tests/fixtures/builders';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import type { Entity } from '../../api/entities/schemas';

describe('entity detail', () => {
  it('shows the entity, its type, params, children and siblings', async () => {
    renderApp('/workspaces/1/entities/11');
    expect(await screen.findByRole('heading', { name: 'Quay wall' })).toBeVisible();
    const details = within(screen.getByRole('region', { name: 'Details' }));
    expect(details.getByText('Structure')).toBeVisible();
    expect(await details.findByText('StructureController')).toBeVisible();
    expect(details.getByText('11')).toBeVisible();

    const params = within(screen.getByRole('region', { name: 'Parameters' }));
    expect(params.getByText('length')).toBeVisible();

    const children = within(screen.getByRole('region', { name: 'Children' }));
    expect(await children.findByRole('link', { name: 'Pile P-1' })).toHaveAttribute(
      'href',
      '/workspaces/1/entities/21',
    );
    const siblings = within(screen.getByRole('region', { name: 'Siblings' }));
    expect(await siblings.findByRole('link', { name: 'Jetty' })).toBeVisible();
    expect(siblings.queryByRole('link', { name: 'Quay wall' })).not.toBeInTheDocument();

    const rules = within(screen.getByRole('region', { name: 'Allowed child types' }));
    expect(await rules.findByText('Pile')).toBeVisible();
  });

  it('tells a user without read rights that params are off limits and keeps the rest working', async () => {
    mockState.paramsForbidden = true;
    renderApp('/workspaces/1/entities/11');
    expect(
      await screen.findByText('You can navigate this entity but not read its parameters.'),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Quay wall' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Pile P-1' })).toBeVisible();
  });

  it('renders param values as text, never as markup', async () => {
    mockState.entities.push(
      makeEntity({
        id: 77,
        name: '<b>bold</b>',
        path: [],
        properties: { note: '<img src=x onerror="window.__pwned=1">', script: '<script>alert(1)</script>' },
      }),
    );
    const { container } = renderApp('/workspaces/1/entities/77');
    expect(await screen.findByRole('heading', { name: '<b>bold</b>' })).toBeVisible();
    const params = within(screen.getByRole('region', { name: 'Parameters' }));
    expect(await params.findByText(/<img src=x onerror=/)).toBeVisible();
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it('shows a not-found page for an entity that does not exist', async () => {
    renderApp('/workspaces/1/entities/123456');
    expect(await screen.findByRole('heading', { name: 'This entity does not exist' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to all workspaces' })).toBeVisible();
    // The workspace around it still works.
    expect(screen.getByRole('tree', { name: /Entities of/ })).toBeInTheDocument();
  });

  it('shows a not-found page for a workspace that does not exist', async () => {
    renderApp('/workspaces/4040');
    expect(await screen.findByRole('heading', { name: 'This workspace does not exist' })).toBeVisible();
  });
});

describe('lists with an item the server sent in a shape we cannot read', () => {
  it('shows it in its place among the children and the allowed child types', async () => {
    const index = mockState.entities.findIndex((entity) => entity.id === 22);
    mockState.entities[index] = omit(mockState.entities[index] as Entity, 'name') as Entity;
    mockServer.use(
      http.get('*/api/workspaces/:ws/entity_types/:type/entity_types/', () =>
        HttpResponse.json({
          count: 2,
          results: [{ id: 9, name: 7 }, makeEntityType({ id: 3, name: 'Pile' })],
        }),
      ),
    );
    renderApp('/workspaces/1/entities/11');

    const children = within(await screen.findByRole('region', { name: 'Children' }));
    const list = await children.findByRole('list', { name: 'children' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Pile P-1Pile', 'Entity #22 could not be read: name is missing', 'Pile P-3Pile']);
    expect(children.getByRole('link', { name: 'Pile P-3' })).toBeVisible();

    const rules = within(screen.getByRole('region', { name: 'Allowed child types' }));
    expect(await rules.findByText('Entity type #9 could not be read')).toBeVisible();
    expect(rules.getByText(': name should be string, not number')).toBeVisible();
    expect(rules.getByText('Pile')).toBeVisible();
  });
});

describe('blame beside the params', () => {
  it('shows which revision last changed each value', async () => {
    const { user } = renderApp('/workspaces/1/entities/11');
    const params = within(await screen.findByRole('region', { name: 'Parameters' }));
    await user.click(params.getByRole('button', { name: 'Show blame' }));
    const length = await params.findByRole('treeitem', { name: /^length: 19/ });
    await waitFor(() => expect(length).toHaveTextContent('#102'));
    expect(params.getByRole('treeitem', { name: /^note: / })).toHaveTextContent('#104');
    expect(params.getByRole('treeitem', { name: /^length_unit: / })).toHaveTextContent('#101');
  });
});
