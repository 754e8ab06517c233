/** Thrown if a mailparser option or upgrade ever reaches a module left out of the Lambda bundles. */
export class LeftOutOfBundleError extends Error {
  constructor(module: string, needs: string) {
    super(`${module} is left out of the Lambda bundles (infra/bundling.ts); ${needs}`);
    this.name = 'LeftOutOfBundleError';
  }
}
