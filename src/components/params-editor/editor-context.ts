import { createContext, useContext } from 'react';
import type { JsonPath } from '../../lib/format-path';

/** Edits by path, stable for the editor's lifetime so memoized rows never re-render for new callbacks. */
export type EditorOps = {
  set: (path: JsonPath, value: unknown) => void;
  remove: (path: JsonPath) => void;
  move: (arrayPath: JsonPath, from: number, to: number) => void;
  readOnly: boolean;
};

export const EditorContext = createContext<EditorOps | null>(null);

export function useEditor(): EditorOps {
  const ops = useContext(EditorContext);
  if (!ops) throw new Error('useEditor needs a ParamsEditor around it');
  return ops;
}
