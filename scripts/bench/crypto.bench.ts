// Key derivation, and sealing and opening records as ratios to a bare libsodium loop over the same bytes.
import { DEFAULT_MEM, DEFAULT_OPS, deriveKey, newKdfParams } from '../../src/lib/crypto';
// The bare baseline needs libsodium itself, which the app's layers never see.
import { recordCipher } from '../../src/lib/crypto/record';
import { loadSodium } from '../../src/lib/crypto/sodium';
import { compareMs, medianMs, type BenchRow } from './report';

/** A record of realistic size: an incident revision is about one kilobyte of JSON. */
function sampleRecord(i: number) {
	return {
		t: 'rev',
		incidentId: i.toString(16).padStart(32, '0'),
		seq: 1,
		content: {
			whatHappened:
				'He was waiting by the car park again when I left work and followed me to the bus stop. '.repeat(6),
			location: 'Station Road car park',
			behaviours: ['following', 'loitering']
		}
	};
}

export async function benchCrypto(smoke: boolean): Promise<BenchRow[]> {
	const sodium = await loadSodium();
	const rows: BenchRow[] = [];

	const params = await newKdfParams();
	const kdfMs = await medianMs(smoke ? 1 : 3, () => deriveKey('bench passphrase for timing', params));
	rows.push({
		name: `key derivation (Argon2id, ops ${DEFAULT_OPS}, ${DEFAULT_MEM / 1048576} MiB)`,
		value: kdfMs,
		unit: 'ms',
		better: 'lower',
		detail: 'Node; headless Chromium is similar, phones 2 to 4 times slower'
	});

	const count = smoke ? 500 : 10_000;
	const key = sodium.randombytes_buf(32);
	const cipher = recordCipher(sodium, key.slice());
	const values = Array.from({ length: count }, (_, i) => sampleRecord(i));
	const ids = values.map((v) => v.incidentId);
	const encoder = new TextEncoder();
	// The bare loop gets the same bytes the app seals: the JSON, padded.
	const padded = values.map((v) => sodium.pad(encoder.encode(JSON.stringify(v)), 256));
	const ads = ids.map((id) => encoder.encode(`wm-row\u00001\u0000rows\u0000${id}`));
	const nonceBytes = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

	let sealed: Uint8Array[] = [];
	const seal = await compareMs(
		smoke ? 1 : 5,
		() => {
			sealed = values.map((v, i) => cipher.sealJson(v, { table: 'rows', id: ids[i]! }));
		},
		() => {
			padded.forEach((p, i) => {
				const nonce = sodium.randombytes_buf(nonceBytes);
				sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(p, ads[i]!, null, nonce, key);
			});
		}
	);
	const [appSeal, bareSeal] = [seal.app, seal.bare];
	rows.push({
		name: `seal ${count.toLocaleString('en-GB')} records, app ÷ bare libsodium`,
		value: appSeal / bareSeal,
		unit: 'x',
		better: 'lower',
		detail: `${appSeal.toFixed(0)} ms vs ${bareSeal.toFixed(0)} ms (app adds JSON and padding)`
	});

	// Opening is what the budget covers: checking and decrypting each row and removing its padding. Parsing the
	// JSON that comes out is reported on its own row, because no bare loop has an equivalent of it.
	let opened: Uint8Array[] = [];
	let bareOpened: Uint8Array[] = [];
	const open = await compareMs(
		smoke ? 1 : 15,
		() => {
			opened = sealed.map((s, i) => cipher.open(s, { table: 'rows', id: ids[i]! }));
		},
		() => {
			// The same stored bytes the app opens: nonce and ciphertext read from each sealed row, and the results
			// kept, as the app keeps them.
			bareOpened = sealed.map((row, i) =>
				sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
					null,
					row.subarray(1 + nonceBytes),
					ads[i]!,
					row.subarray(1, 1 + nonceBytes),
					key
				)
			);
		}
	);
	const [appOpen, bareOpen] = [open.app, open.bare];
	if (bareOpened.length !== opened.length) throw new Error('The two loops opened different numbers of rows');
	const decoder = new TextDecoder();
	const parseMs = await medianMs(smoke ? 1 : 5, () => {
		for (const bytes of opened) JSON.parse(decoder.decode(bytes));
	});
	rows.push({
		name: `open ${count.toLocaleString('en-GB')} records, app ÷ bare libsodium`,
		value: appOpen / bareOpen,
		unit: 'x',
		budget: 1.2,
		better: 'lower',
		detail: `${appOpen.toFixed(0)} ms vs ${bareOpen.toFixed(0)} ms`
	});
	rows.push({
		name: `parse ${count.toLocaleString('en-GB')} opened records (JSON)`,
		value: parseMs,
		unit: 'ms',
		better: 'lower',
		detail: 'part of unlock; counted in the unlock-to-timeline row'
	});
	cipher.wipe();
	return rows;
}
