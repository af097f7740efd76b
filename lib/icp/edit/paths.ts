/**
 * The editor changes a draft bundle (plain JSON, possibly invalid while typing) one value at a
 * time by its path, the same path zod reports errors on, so each input finds its own message.
 */

export type EditPath = readonly (string | number)[];

export function getIn(root: unknown, path: EditPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `root` with the value at `path` replaced (objects and arrays along the way copied,
 * the rest shared). `undefined` removes an object key, so optional fields disappear when cleared.
 */
export function setIn<T>(root: T, path: EditPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const node = (root ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown>;
  const child = setIn(node[key], rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = child;
    return copy as T;
  }
  const copy = { ...node };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

/** A list at `path` changed by `change` (a missing list counts as empty). */
export function updateList<T>(root: T, path: EditPath, change: (list: unknown[]) => unknown[]): T {
  const list = getIn(root, path);
  return setIn(root, path, change(Array.isArray(list) ? list : []));
}

/** Moves item `from` to `to` within a list; out-of-range moves leave it as it is. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
