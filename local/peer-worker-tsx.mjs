// A peer thread's entry when the desk runs from its TypeScript sources (local/desk-bundle.mjs):
// a worker does not inherit the loader registered by the thread that started it, so it registers tsx.
import { register } from 'tsx/esm/api';

register();
await import('./peer-worker.ts');
