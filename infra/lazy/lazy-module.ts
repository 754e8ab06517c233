/**
 * A module object that loads the module on the first use of any of its properties: what the
 * bundles' aliases in this folder export in place of a dependency that a cold start imports but
 * rarely calls. Reading a property (a function, to call) loads the module, once, and answers from
 * it; so do `in`, Object.keys and property descriptors. Until then nothing of the module runs.
 */
export function lazyModule(load: () => object): object {
  let loaded: object | undefined;
  const real = (): object => {
    loaded ??= load();
    return loaded;
  };
  return new Proxy(
    {},
    {
      get: (_target, key) => Reflect.get(real(), key),
      has: (_target, key) => Reflect.has(real(), key),
      set: (_target, key, value) => Reflect.set(real(), key, value),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
        // A proxy may report an own property only as configurable unless its target has it too.
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}
