// A deterministic stand-in for the record cipher (crypto/record.ts), for specs of the layers above where encryption
// is incidental (the Standard Notes pattern): the same bytes under the same binding always seal to the same result,
// so a spec can compare stored rows. Opening checks the binding, as the real cipher's additional data does, so a row
// copied under another id or into another table still fails to open. It hides nothing: specs about encryption
// itself use the real cipher.
import {
	OpenFailedError,
	RECORD_FORMAT,
	recordCipherFrom,
	UnknownFormatError,
	type RecordBinding,
	type RecordCipher
} from '$lib/crypto';

const encoder = new TextEncoder();

const label = (binding: RecordBinding) =>
	encoder.encode(`fake\u0000${binding.table}\u0000${binding.id}\u0000`);

/** Layout: [RECORD_FORMAT][the binding, in the clear][the plaintext, in the clear]. */
export function fakeRecordCipher(key: Uint8Array = new Uint8Array(32)): RecordCipher {
	let wiped = false;

	function seal(plaintext: Uint8Array, binding: RecordBinding): Uint8Array {
		if (wiped) throw new OpenFailedError();
		const prefix = label(binding);
		const sealed = new Uint8Array(1 + prefix.length + plaintext.length);
		sealed[0] = RECORD_FORMAT;
		sealed.set(prefix, 1);
		sealed.set(plaintext, 1 + prefix.length);
		return sealed;
	}

	function open(sealed: Uint8Array, binding: RecordBinding): Uint8Array {
		if (sealed[0] !== RECORD_FORMAT) throw new UnknownFormatError();
		if (wiped) throw new OpenFailedError();
		const prefix = label(binding);
		const bound = sealed.length >= 1 + prefix.length && prefix.every((byte, i) => sealed[1 + i] === byte);
		if (!bound) throw new OpenFailedError();
		return sealed.slice(1 + prefix.length);
	}

	return recordCipherFrom({
		seal,
		open,
		wipe() {
			// As the real cipher does: the key it was given goes with it.
			key.fill(0);
			wiped = true;
		}
	});
}
