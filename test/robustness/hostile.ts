// Objects that fight back, for the robustness tests: getters that count their reads or answer
// differently each time, getters that throw, Proxies whose traps throw, revoked Proxies.

/** A copy of `value` whose every property (deeply) is a getter counting its reads in `reads`. */
export function counted<T>(value: T, reads: Map<string, number>, path = ''): T {
  if (typeof value !== 'object' || value === null) return value;
  const copy: object = Array.isArray(value) ? [] : {};
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}/${key}`;
    const wrapped = counted(inner, reads, at);
    Object.defineProperty(copy, key, {
      enumerable: true,
      get: () => {
        reads.set(at, (reads.get(at) ?? 0) + 1);
        return wrapped;
      },
    });
  }
  return copy as T;
}

/** The paths read more than once, with their counts. */
export function readsMoreThanOnce(reads: ReadonlyMap<string, number>): string[] {
  return [...reads].filter(([, n]) => n > 1).map(([at, n]) => `${at} ×${n}`);
}

/** A copy of `value` whose property `key` answers `first` on the first read and `later` after. */
export function twoFaced<T extends object>(value: T, key: string, first: unknown, later: unknown): T {
  let calls = 0;
  return Object.defineProperty({ ...value }, key, {
    enumerable: true,
    get: () => (++calls === 1 ? first : later),
  });
}

/** A copy of `value` whose property `key` throws `thrown` when read. */
export function throwingAt<T extends object>(value: T, key: string, thrown: unknown = new Error('boom')): T {
  return Object.defineProperty(Array.isArray(value) ? ([...value] as T) : { ...value }, key, {
    enumerable: true,
    get: () => {
      throw thrown;
    },
  });
}

/** A Proxy of `target` whose trap `trap` throws. */
export function throwingTrap<T extends object>(target: T, trap: keyof ProxyHandler<T>): T {
  return new Proxy(target, {
    [trap]: () => {
      throw new Error(`${trap} trap`);
    },
  });
}

/** A revoked Proxy: any operation on it throws a TypeError. */
export function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
