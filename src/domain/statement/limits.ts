// The largest statement file and what a PDF may inflate to follow from the format: domain/limits.ts.

/**
 * The most a compressed stream of a statement PDF may grow: a statement's JSON deflates about ten
 * to one, while a stream of zeros, the usual bomb, inflates a thousand to one.
 */
export const MAX_INFLATE_RATIO = 100;

/** Below this much output the ratio is not judged: tiny streams of repeated text compress well. */
export const RATIO_GRACE_BYTES = 1024 * 1024;
