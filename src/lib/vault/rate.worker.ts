// Rates passphrases off the page's thread (rate-off-thread.ts): zxcvbn's check of one passphrase takes tens of
// milliseconds on a phone, and building its dictionaries the first time longer still. Unlike the other workers it
// answers many requests, one for each change to a passphrase field, in order; the page ends it once it is idle.
import { ratePassphrase } from './passphrase-strength';
import type { RateReply, RateRequest } from './rate-off-thread';

const scope = self as unknown as {
	postMessage(message: RateReply): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<RateRequest>) => void): void;
};

scope.addEventListener('message', ({ data: { id, passphrase, userInputs } }) => {
	ratePassphrase(passphrase, userInputs).then(
		(strength) => scope.postMessage({ id, strength }),
		(error: unknown) => scope.postMessage({ id, error: String(error) })
	);
});
