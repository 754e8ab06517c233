/**
 * zod's functional build (`zod/mini`) with English issue messages: every schema on the Lambda
 * path imports zod from here, never from 'zod/mini' itself.
 *
 * Why mini: classic zod attaches dozens of methods to every schema it builds, and the functions
 * build theirs at module load, which is part of every cold start; mini builds them with the same
 * core, more cheaply, and lets the bundler drop what we do not use.
 *
 * Why this module: classic zod registers its English locale when it builds its first schema, mini
 * registers none, so every issue would read "Invalid input". The desk, calendar, event and stored
 * record errors quote zod's English messages, so English is registered here, unless a locale has
 * been configured already (as classic does), before any schema of ours exists.
 */
import { en } from 'zod/locales';
import { config } from 'zod/mini';

if (!config().localeError) config(en());

export * from 'zod/mini';
