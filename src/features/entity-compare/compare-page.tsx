import { DiffOptionsBar } from '../../components/diff-view/diff-options-bar';
import { Button } from '../../components/ui/button';
import { Main } from '../../components/ui/main-landmark';
import { formatEntityRef } from '../../lib/entity-ref';
import { CompareDiff } from './compare-diff';
import type { CompareSearch, SideRef } from './compare-search';
import { sideRef } from './compare-search';
import { CompareSideHeader } from './compare-side';
import { PickOther } from './pick-other';
import { type CompareSide, useCompareSide } from './use-compare-side';

type Props = { search: CompareSearch; onSearchChange: (patch: Partial<CompareSearch>) => void };

/** Two entities' params side by side, through the revision diff engine and its options. */
export function ComparePage({ search, onSearchChange }: Props) {
  const a = sideRef(search.a);
  const b = sideRef(search.b);
  const sideA = useCompareSide(a.kind === 'entity' ? a.ref : undefined, search.arev);
  const sideB = useCompareSide(b.kind === 'entity' ? b.ref : undefined, search.brev);
  const both = a.kind === 'entity' && b.kind === 'entity';
  const aEntity = sideA.detail.data?.entity;

  return (
    <Main className="mx-auto flex max-w-6xl flex-col gap-4 p-4">
      <h2 className="text-xl font-semibold">Compare entities</h2>
      <div className="grid items-start gap-3 md:grid-cols-[1fr_auto_1fr]">
        <SideSlot
          label="A"
          refOf={a}
          side={sideA}
          revisionId={search.arev}
          onRevisionChange={(arev) => onSearchChange({ arev })}
        />
        <Button
          className="self-center"
          disabled={a.kind === 'missing' && b.kind === 'missing'}
          onClick={() => onSearchChange({ a: search.b, b: search.a, arev: search.brev, brev: search.arev })}
        >
          ⇄ Swap A and B
        </Button>
        {b.kind === 'missing' && a.kind === 'entity' ? (
          aEntity ? (
            <PickOther
              of={aEntity}
              workspace={sideA.workspace.data}
              workspaceId={a.ref.workspaceId}
              onPick={(ref) => onSearchChange({ b: formatEntityRef(ref), brev: undefined })}
            />
          ) : (
            <p className="text-sm text-slate-500">Pick B once A has loaded.</p>
          )
        ) : (
          <SideSlot
            label="B"
            refOf={b}
            side={sideB}
            revisionId={search.brev}
            onRevisionChange={(brev) => onSearchChange({ brev })}
            onChangeEntity={() => onSearchChange({ b: undefined, brev: undefined })}
          />
        )}
      </div>
      {both && (
        <section aria-label="Differences" className="flex flex-col gap-3">
          <TypeNote a={sideA} b={sideB} />
          <DiffOptionsBar search={search} onChange={onSearchChange} />
          <CompareDiff a={sideA.document} b={sideB.document} search={search} />
        </section>
      )}
    </Main>
  );
}

type SlotProps = {
  label: 'A' | 'B';
  refOf: SideRef;
  side: CompareSide;
  revisionId: number | undefined;
  onRevisionChange: (revisionId: number | undefined) => void;
  onChangeEntity?: () => void;
};

/** A side as its part of the URL says: an entity, or what is wrong with the link, there and only there. */
function SideSlot({ label, refOf, side, revisionId, onRevisionChange, onChangeEntity }: SlotProps) {
  if (refOf.kind === 'entity')
    return (
      <CompareSideHeader
        label={label}
        side={side}
        revisionId={revisionId}
        onRevisionChange={onRevisionChange}
        onChangeEntity={onChangeEntity}
      />
    );
  return (
    <section aria-label={`Side ${label}`} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <span className="text-xs font-semibold tracking-wide text-slate-500">{label}</span>
      {refOf.kind === 'invalid' ? (
        <p role="alert" className="mt-1 text-red-800">
          “{refOf.text}” is not an entity: a link names one as <code>{'<workspace id>:<entity id>'}</code>,
          such as <code>2:24</code>.
        </p>
      ) : (
        <p className="mt-1 text-slate-600">No entity. Open an entity’s page and choose “Compare with…”.</p>
      )}
    </section>
  );
}

/** Entities of different types can be compared; the reader should know the difference is expected. */
function TypeNote({ a, b }: { a: CompareSide; b: CompareSide }) {
  const entityA = a.detail.data?.entity;
  const entityB = b.detail.data?.entity;
  if (!entityA || !entityB) return null;
  // Type ids are per workspace: across workspaces, the names say whether it is the same type.
  const sameWorkspace = a.ref.workspaceId === b.ref.workspaceId;
  const differ =
    sameWorkspace || !entityA.entity_type_name || !entityB.entity_type_name
      ? entityA.entity_type !== entityB.entity_type
      : entityA.entity_type_name !== entityB.entity_type_name;
  if (!differ) return null;
  const nameOf = (entity: typeof entityA) => entity.entity_type_name ?? `type ${entity.entity_type}`;
  return (
    <p
      role="note"
      className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      Different types: {entityA.name} is a {nameOf(entityA)}, {entityB.name} a {nameOf(entityB)}. Their params
      may differ by design.
    </p>
  );
}
