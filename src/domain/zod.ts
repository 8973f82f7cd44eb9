import { z } from 'zod';
import { config } from 'zod/v4/core';

// The app's Content-Security-Policy allows no eval (script-src 'self'). Zod 4 compiles object
// schemas with `new Function` when it can, and even probing for that reports a CSP violation;
// jitless parsing needs neither. Every schema is built from this module, so the setting is in
// place before the first parse, and the first screen (which builds no schema) does not load zod.
config({ jitless: true });

/** Zod, configured for the app's CSP (no eval): build every schema from this. */
export { z };
