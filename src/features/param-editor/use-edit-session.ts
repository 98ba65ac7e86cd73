import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditBase } from '../../api/entities/save-entity';
import type { Entity } from '../../api/entities/schemas';
import { deepEqual } from '../../lib/three-way-merge/deep-equal';
import { type Draft, loadDraft, removeDraft, saveDraft } from './draft-storage';

const DRAFT_WRITE_DELAY_MS = 300;

export function baseOf(entity: Entity): EditBase {
  return { name: entity.name, properties: entity.properties ?? {}, updatedAt: entity.updated_at };
}

/**
 * One edit of one entity: what it started from (`base`), the edited params, whether they differ,
 * and a draft in sessionStorage that follows every change (written shortly after typing stops).
 */
export function useEditSession(workspaceId: number, entity: Entity) {
  const [offeredDraft, setOfferedDraft] = useState<Draft | null>(() => loadDraft(workspaceId, entity.id));
  const [base, setBase] = useState<EditBase>(() => baseOf(entity));
  const [properties, setPropertiesState] = useState<Record<string, unknown>>(() => entity.properties ?? {});
  // Counts edits: a cheap key for the diff of the draft (documents can be 1 MB).
  const [version, setVersion] = useState(0);
  const setProperties = useCallback((next: Record<string, unknown>) => {
    setPropertiesState(next);
    setVersion((v) => v + 1);
  }, []);
  const [draftRefused, setDraftRefused] = useState(false);
  // Structural: the same params with keys in another order (as a server may return them) are no
  // edit; bigints (integers beyond 2^53) compare exactly.
  const dirty = useMemo(() => !deepEqual(properties, base.properties), [properties, base]);

  // While a stored draft is on offer, nothing is written over it.
  const writeDrafts = offeredDraft === null;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** The draft write still waiting for the typing to pause, if any. */
  const pendingWrite = useRef<(() => void) | undefined>(undefined);
  const cancelPendingWrite = useCallback(() => {
    clearTimeout(timer.current);
    pendingWrite.current = undefined;
  }, []);
  useEffect(() => {
    if (!writeDrafts) return;
    const write = () => {
      pendingWrite.current = undefined;
      if (dirty) setDraftRefused(!saveDraft(workspaceId, entity.id, { base, name: base.name, properties }));
      else removeDraft(workspaceId, entity.id);
    };
    pendingWrite.current = write;
    timer.current = setTimeout(write, DRAFT_WRITE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [writeDrafts, dirty, properties, base, workspaceId, entity.id]);
  // Leaving the editor (navigating away, "Forget token" taking the page off the screen) right after
  // typing: the waiting write happens on the way out instead of being dropped with the timer.
  useEffect(() => () => pendingWrite.current?.(), []);

  /** Write the draft now (before a save: whatever happens to the request, the edit is kept). */
  const flushDraft = useCallback(() => {
    cancelPendingWrite();
    if (dirty) setDraftRefused(!saveDraft(workspaceId, entity.id, { base, name: base.name, properties }));
  }, [dirty, base, properties, workspaceId, entity.id, cancelPendingWrite]);

  const restoreDraft = useCallback(() => {
    if (!offeredDraft) return;
    setBase({ ...offeredDraft.base, updatedAt: offeredDraft.base.updatedAt });
    setProperties(offeredDraft.properties);
    setOfferedDraft(null);
  }, [offeredDraft, setProperties]);

  const discardDraft = useCallback(() => {
    removeDraft(workspaceId, entity.id);
    setOfferedDraft(null);
  }, [workspaceId, entity.id]);

  /** After a save: the saved entity is the new base, and the draft is gone. */
  const markSaved = useCallback(
    (saved: Entity) => {
      cancelPendingWrite();
      removeDraft(workspaceId, entity.id);
      setBase(baseOf(saved));
      setProperties(saved.properties ?? {});
    },
    [workspaceId, entity.id, setProperties, cancelPendingWrite],
  );

  /** After a merge: edit on top of their version, keeping the merged params. */
  const rebase = useCallback(
    (latest: Entity, merged: Record<string, unknown>) => {
      setBase(baseOf(latest));
      setProperties(merged);
    },
    [setProperties],
  );

  const reset = useCallback(() => setProperties(base.properties), [base, setProperties]);

  return {
    base,
    version,
    properties,
    setProperties,
    dirty,
    draftRefused,
    offeredDraft,
    restoreDraft,
    discardDraft,
    markSaved,
    flushDraft,
    rebase,
    reset,
  };
}
