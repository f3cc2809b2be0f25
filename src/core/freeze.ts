/**
 * Freezes a plain-data tree in place and returns it, typed as deeply read-only.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

// Results hold thousands of small objects: arrays are walked by index (Object.keys would make a
// string per index), and only unfrozen objects are visited, without a call per leaf.
function freezeTree(node: object): void {
  Object.freeze(node);
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) {
      const child: unknown = node[i];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) freezeTree(child);
    }
    return;
  }
  for (const key of Object.keys(node)) {
    const child: unknown = (node as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) freezeTree(child);
  }
}
