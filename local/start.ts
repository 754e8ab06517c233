// `tsx local/start.ts` still starts the local desk: `npm start` runs local/start.mjs, without tsx.
import './start.mjs';
