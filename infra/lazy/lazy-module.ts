import { onFirstUse } from '../../lib/on-first-use';

/**
 * An object that stands for the one `load` makes, made on the first use of any of its properties:
 * reading a property, `in`, Object.keys and property descriptors make it, once, and answer from
 * it; until then nothing of it runs. `shell` is what the stand-in is before that (its prototype
 * shows through `instanceof`), and properties `fromShell` names are read from it without loading.
 */
export function lazyObject(
  load: () => object,
  shell: object = {},
  fromShell: (key: PropertyKey) => boolean = () => false,
): object {
  const real = onFirstUse(load);
  return new Proxy(shell, {
    get: (target, key) => (fromShell(key) ? Reflect.get(target, key) : Reflect.get(real(), key)),
    has: (_target, key) => Reflect.has(real(), key),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may report an own property only as configurable unless its target has it too.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/**
 * A module object that loads the module on the first use of any of its properties: what the
 * bundles' aliases in this folder export in place of a dependency that a cold start imports but
 * rarely calls (see lazyObject).
 */
export function lazyModule(load: () => object): object {
  return lazyObject(load);
}

/**
 * A class that stands for the one `load` returns, loaded on the first use of it: reading or
 * setting a static property, `in`, `new`, a call and `instanceof` (which reads `prototype`) load
 * it once and act on it. What it makes (instances, the values its statics return) is the real
 * class's own. Listing its keys or descriptors answers for the stand-in itself, which nothing in
 * the bundles asks.
 */
export function lazyClass<T extends object>(load: () => T): T {
  // The class as the traps handle it; its own type (a private constructor, say) is the caller's.
  const real = onFirstUse(load) as unknown as () => new (...args: unknown[]) => object;
  // A proxy can be called or constructed only if its target can. A strict function's own
  // `prototype` is writable, so the get trap may answer the real class's in its place (a class's is
  // read-only, which the proxy invariants would hold it to).
  const shell = function standInFor() {
    // never runs: the traps below call the real class
  };
  const standIn = new Proxy(shell, {
    get: (_shell, key) => Reflect.get(real(), key),
    set: (_shell, key, value) => Reflect.set(real(), key, value),
    has: (_shell, key) => Reflect.has(real(), key),
    apply: (_shell, self, args) => Reflect.apply(real(), self, args),
    construct: (_shell, args, newTarget) =>
      Reflect.construct(real(), args, newTarget === standIn ? real() : newTarget),
  }) as unknown as T;
  return standIn;
}
