/**
 * `build`, run on the first call of the function returned and never again: that call and every
 * later one answer what it made. For what a cold start should not pay for unless it needs it
 * (schemas a new request never reads, patterns most messages never reach).
 */
export function onFirstUse<T>(build: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => {
    made ??= { value: build() };
    return made.value;
  };
}
