import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeEntity } from '../../../tests/fixtures/builders';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

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
