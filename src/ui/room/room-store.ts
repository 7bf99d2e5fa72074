/** The store room mode keeps its flows in: the browser's, in the same namespace as saved runs. */
import { createLocalStore, type Store } from '../../persistence/index.ts';

let store: Store | undefined;

export function roomStore(): Store {
  return (store ??= createLocalStore());
}
