import { messages } from './en-GB';
import { behaviourNames, channelNames, diary, fieldNames, problemMessages } from './diary';
import { calculatorMessages } from './calculator';
import { safety } from './safety';
import { sharing } from './sharing';
import { device } from './device';
import { forms } from './forms';

/**
 * The app's text. One language for now; a translation is another object of the same shape. The support pages' text
 * is not here but in ./support, imported by the support pages alone, so it loads only when they open.
 */
export const m = {
	...messages,
	diary,
	behaviourNames,
	channelNames,
	fieldNames,
	problemMessages,
	calculator: calculatorMessages,
	safety,
	sharing,
	device,
	forms
};
export type { Messages } from './en-GB';
export type {
	SupportBlock,
	SupportContact,
	SupportLetteredItem,
	SupportMessages,
	SupportPage,
	SupportPageId,
	SupportSection
} from './support';
