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
  let loaded: object | undefined;
  const real = (): object => {
    loaded ??= load();
    return loaded;
  };
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
