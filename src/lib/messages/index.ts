import { messages } from './en-GB';
import { behaviourNames, channelNames, diary, fieldNames, problemMessages } from './diary';
import { supportMessages } from './support';
import { calculatorMessages } from './calculator';
import { safety } from './safety';
import { sharing } from './sharing';
import { device } from './device';
import { forms } from './forms';

/** The app's text. One language for now; a translation is another object of the same shape. */
export const m = {
	...messages,
	diary,
	behaviourNames,
	channelNames,
	fieldNames,
	problemMessages,
	support: supportMessages,
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
