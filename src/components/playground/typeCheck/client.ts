import type { PlaygroundFiles, TypeDiagnostic, TypeHover } from './checker.ts';
import type { TypeBundleMessage, TypeCheckRequest, TypeCheckResponse } from './protocol.ts';


type Pending = (response: TypeCheckResponse) => void;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * The page's one type-check worker (all its playgrounds share it), started on first use. The
 * page fetches the types for it at the same time: the download overlaps the worker's own (3.5 MB
 * of TypeScript) and its start-up, instead of waiting for TypeScript to have loaded.
 */
function typeCheckWorker(): Worker {
  if (!worker) {
    const started = new Worker(__STATELAB_TYPECHECK_WORKER__, { name: 'statelab-typecheck' });
    worker = started;
    started.onmessage = (event: MessageEvent<TypeCheckResponse>) => {
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data);
    };
    fetch(__STATELAB_TYPECHECK_TYPES__)
      .then((response) => {
        if (!response.ok) throw new Error(`${__STATELAB_TYPECHECK_TYPES__}: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then(
        (json) => started.postMessage({ kind: 'bundle', json } satisfies TypeBundleMessage, [json]),
        (error: Error) => started.postMessage({ kind: 'bundle', error: error.message } satisfies TypeBundleMessage),
      );
  }
  return worker;
}

/** A request of either kind, before it gets its id. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(request: Unnumbered<TypeCheckRequest>): Promise<TypeCheckResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    typeCheckWorker().postMessage({ ...request, id } as TypeCheckRequest);
  });
}

/** Starts the worker (and its download of TypeScript and the types) ahead of the first check. */
export function warmUpTypeChecker(): void {
  typeCheckWorker();
}

/** TypeScript's diagnostics for `file`; null when a newer check replaced this one or the checker failed. */
export async function typeCheck(playground: string, files: PlaygroundFiles, file: string): Promise<TypeDiagnostic[] | null> {
  const response = await ask({ kind: 'check', playground, files, file });
  if (response.kind === 'failed') console.warn(`Type check: ${response.message}`);
  return response.kind === 'check' ? response.diagnostics : null;
}

/** The type at `position` in `file`, as TypeScript's quick info shows it. */
export async function typeAt(playground: string, files: PlaygroundFiles, file: string, position: number): Promise<TypeHover | null> {
  const response = await ask({ kind: 'hover', playground, files, file, position });
  return response.kind === 'hover' ? response.hover : null;
}
