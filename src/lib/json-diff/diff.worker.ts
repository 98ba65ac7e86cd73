import { type DiffReply, type DiffRequest, handleDiffRequest } from './compute-diff';

// The project's lib is DOM, not WebWorker: describe the two members of the worker scope used here.
type WorkerScope = {
  onmessage: ((event: MessageEvent<DiffRequest>) => void) | null;
  postMessage(message: DiffReply): void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  scope.postMessage(handleDiffRequest(event.data));
};
