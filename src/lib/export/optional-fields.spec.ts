// The fields added to the incident record after its first format (where, threats, sightings, descriptions, how much
// it affected the person): optional everywhere, left out when empty so older entries keep their hash, checked
// strictly when read back, and printed in every export.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { hashRevision } from '$lib/domain/hash-chain';
import {
	emptyIncidentContent,
	emptyPersonDescription,
	emptySighting,
	emptyVehicleDetails,
	withoutEmptyOptional
} from '$lib/domain/incident';
import { contentSchema } from '$lib/domain/record-schemas';
import { createIncident, diffContent } from '$lib/domain/revisions';
import { FIXED_NOW, makeContent } from '$lib/domain/test-factories';
import { buildTimelineRows } from './timeline-rows';

describe('withoutEmptyOptional', () => {
	it('leaves out what was never filled in, so an untouched entry hashes as one saved before these fields existed', async () => {
		const before = makeContent();
		const asTheFormHoldsIt = {
			...before,
			places: [],
			threatened: false,
			sighting: emptySighting(),
			personDescription: { ...emptyPersonDescription(), height: '   ' },
			vehicleDetails: emptyVehicleDetails(),
			impact: { ...before.impact, rating: undefined }
		};
		const saved = withoutEmptyOptional(asTheFormHoldsIt);
		expect(saved).toEqual(before);
		expect(Object.keys(saved)).toEqual(Object.keys(before));
		const [a, b] = [
			createIncident(before, FIXED_NOW, '0'.repeat(32) as never),
			createIncident(saved, FIXED_NOW, '0'.repeat(32) as never)
		];
		expect(await hashRevision(b.revisions[0]!)).toBe(await hashRevision(a.revisions[0]!));
		expect(diffContent(before, saved)).toEqual([]);
	});

	it('keeps what was filled in, places in a fixed order', () => {
		const saved = withoutEmptyOptional({
			...makeContent(),
			places: ['children', 'home'],
			threatened: true,
			sighting: { ...emptySighting(), light: 'Street lights, dusk' },
			impact: { ...makeContent().impact, rating: 'a-lot' }
		});
		expect(saved.places).toEqual(['home', 'children']);
		expect(saved.threatened).toBe(true);
		expect(saved.sighting?.light).toBe('Street lights, dusk');
		expect(saved.impact.rating).toBe('a-lot');
		expect(saved.personDescription).toBeUndefined();
	});
});

describe('contentSchema and the new fields', () => {
	const full = {
		...emptyIncidentContent({ kind: 'date', start: '2026-11-01', approximate: false }),
		places: ['work'],
		threatened: true,
		sighting: { ...emptySighting(), duration: 'About a minute' },
		personDescription: { ...emptyPersonDescription(), hair: 'Short, grey' },
		vehicleDetails: { colour: 'Red', make: 'Ford', model: 'Fiesta' }
	};

	it('accepts an entry with them and one without', () => {
		expect(v.safeParse(contentSchema, full).success).toBe(true);
		expect(v.safeParse(contentSchema, emptyIncidentContent()).success).toBe(true);
	});

	it.each([
		['an unknown place', { ...full, places: ['garden'] }],
		['a place twice over the limit', { ...full, places: ['home', 'home', 'home', 'home'] }],
		['an unknown rating', { ...full, impact: { ...full.impact, rating: 'extreme' } }],
		['a key the sighting has no place for', { ...full, sighting: { ...full.sighting, script: 'x' } }],
		['a sighting with a field missing', { ...full, sighting: { duration: 'x' } }],
		['a threat that is not yes or no', { ...full, threatened: 'yes' }],
		// One meaning, one form, one hash: what withoutEmptyOptional would leave out is refused when stored.
		['no places, as an empty list', { ...full, places: [] }],
		['a place named twice', { ...full, places: ['home', 'home'] }],
		['places out of their order', { ...full, places: ['work', 'home'] }],
		['no threat, written as false', { ...full, threatened: false }],
		['a sighting with nothing in it', { ...full, sighting: emptySighting() }],
		['a description of spaces', { ...full, personDescription: { ...emptyPersonDescription(), hair: '  ' } }],
		['a vehicle with nothing in it', { ...full, vehicleDetails: emptyVehicleDetails() }]
	])('refuses %s', (_name, content) => {
		expect(v.safeParse(contentSchema, content).success).toBe(false);
	});
});

describe('the rows every export prints', () => {
	it('print the sighting, the description, the vehicle and the rating in the person’s words', async () => {
		const content = withoutEmptyOptional({
			...makeContent(),
			exactWords: '',
			location: 'Bus stop',
			places: ['work'],
			threatened: true,
			sighting: { ...emptySighting(), duration: 'About a minute', distance: '10 metres', light: 'Daylight' },
			personDescription: { ...emptyPersonDescription(), ageRange: '40s', clothing: 'Green coat 🧥' },
			vehicleDetails: { colour: 'Red', make: 'Ford', model: '' },
			registration: 'AB12 CDE',
			impact: {
				fearOfViolence: true,
				alarmOrDistress: false,
				changedDailyLife: false,
				inOwnWords: '',
				rating: 'severe'
			}
		});
		const [row] = await buildTimelineRows([createIncident(content, FIXED_NOW)], [], {
			disclosureSafe: false,
			includePrivateNotes: false
		});
		expect(row?.cells.where).toBe('Bus stop; At or near: my work or place of study');
		expect(row?.cells.behaviours).toBe('(g) Watching or spying; A threat was made');
		expect(row?.cells.whatHappened).toBe(
			'He sat in a car opposite the house for an hour.\nAbout the sighting: seen for: About a minute, distance: 10 metres, light: Daylight'
		);
		expect(row?.cells.who).toBe(
			'Seen: age: 40s, clothing: Green coat 🧥; Vehicle seen: Red Ford; Registration seen: AB12 CDE'
		);
		expect(row?.cells.impact).toBe('Fear that violence will be used; How much it affected me: severely');
	});
});
