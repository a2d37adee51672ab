import { messages } from './en-GB';

/** The app's text. One language for now; a translation is another object of the same shape. */
export const m = messages;
export type { Messages } from './en-GB';
