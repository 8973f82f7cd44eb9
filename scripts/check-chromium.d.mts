/** The message shown when no browser is found, with the way to fix it. */
export declare const CHROMIUM_MISSING_MESSAGE: string;

/**
 * The Chromium to use: CHROMIUM_PATH if set (and then only it), else /usr/bin/chromium, else
 * `chromium` on PATH. Returns undefined when none is usable.
 */
export declare function findChromium(): string | undefined;
