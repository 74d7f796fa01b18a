// The kinds of string and number report.json is made of, with their bounds.
import { number, text } from './describe.js';

/** At most this many characters in any one string (messages, segment ids, paths). */
export const MAX_TEXT = 4096;
/** At most this many characters in the gate's name, as the `name` input allows. */
export const MAX_NAME = 100;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

// Strings by what they hold.
export const message = (description: string) => text({ max: MAX_TEXT, description });
export const nonEmpty = (description: string, max = MAX_TEXT) => text({ max, nonEmpty: 'a non-empty string', description });
/** The gate's name or a label: one non-empty line of at most MAX_NAME characters. */
export const line = (description: string) => text({ max: MAX_NAME, oneLine: true, nonEmpty: 'a non-empty line', trim: true, description });
export const metricName = (description: string) => text({ max: 256, oneLine: true, nonEmpty: 'a metric name', description });
export const login = (description: string) => text({ max: 44, pattern: LOGIN, what: 'a GitHub login', description });
export const finite = (description: string) => number({ description });
export const share = (description: string) => number({ min: 0, max: 1, description });
