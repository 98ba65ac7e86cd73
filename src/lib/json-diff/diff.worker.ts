import { type DiffReply, handleWorkerRequest, type InlineReply, type WorkerRequest } from './compute-diff';

// The project's lib is DOM, not WebWorker: describe the two members of the worker scope used here.
type WorkerScope = {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: DiffReply | InlineReply): void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  for (const reply of handleWorkerRequest(event.data)) scope.postMessage(reply);
};
