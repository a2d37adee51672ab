// The "Export and share" screen's rules apart from its markup: what the choices put in a file, checking them,
// making the file (export-actions.ts), handing it over, noting its receipt, and what is said on the way. The
// component only draws it and sends it the person's presses.
import type { FieldProblem } from '$lib/components/field-problem';
import type { BehaviourId } from '$lib/domain/behaviours';
import { receiptCode } from '$lib/domain/receipt';
import { deliverFile, needsTap, type Delivery } from '$lib/export/deliver';
import { previewDisclosure } from '$lib/export/disclosure-plan';
import type { FontSource } from '$lib/export/pdf-fonts';
import { selectExhibits, type TimelineOptions } from '$lib/export/timeline-rows';
import { currentLanguage, m } from '$lib/messages';
import type { PdfLabels } from '$lib/export/pdf-labels';
import { describeExhibitsInCopy } from '$lib/screens/diary/export-preview';
import type { Vault } from '$lib/vault';
import type { DiaryState } from './diary.svelte';
import {
	makeEncryptedFile,
	makeExportFile,
	type ExportJob,
	type MadeFile,
	type PlainExport,
	type SharePurpose
} from './export-actions';
import { PassphraseRating } from './passphrase-rating.svelte';
import { runAction } from './run-action';

/** Where the outcome is shown: beside the button that was pressed, so the person sees it without scrolling. */
export type ExportArea = 'plain' | 'encrypted';

/** What a press of a button came to: problems with the choices to show, or the file made (or its failure said). */
export type MakeOutcome = 'problems' | 'done';

/** The labels in the language on screen, as plain data the PDF's worker can be sent. */
function pdfLabelsNow(): PdfLabels {
	const { name, locale } = currentLanguage();
	return { language: name, locale, columns: { ...m.records.columns }, note: m.language.pdfLabelsNote };
}

/** Read when used, not at load: `m` holds the chosen language's words only once it is loaded. */
const words = () => m.sharing.exportView;

export class ExportShareState {
	readonly #diary: DiaryState;
	readonly #vault: () => Vault | undefined;
	readonly #deliver: (file: File) => Promise<Delivery>;
	readonly #fonts: FontSource | undefined;

	from = $state('');
	to = $state('');
	behaviours = $state<BehaviourId[]>([]);
	disclosureSafe = $state(false);
	includePrivateNotes = $state(false);
	/** A timeline PDF's labels: English only, or the language on screen with the English beside them. */
	pdfLabels = $state<'english' | 'both'>('both');
	/** Only for a share file, and off unless the person ticks it; a backup always holds the plan. */
	includeSafetyPlan = $state(false);
	// Filled once from the saved settings; what the person types is saved when they make a file.
	personName = $state('');
	policeReference = $state('');

	purpose = $state<SharePurpose>('share');
	passphrase = $state('');
	confirm = $state('');
	readonly rating = new PassphraseRating();

	/** Which button was last pressed with a problem; from then on the problems follow what is typed. */
	#tried = $state<ExportArea | undefined>();
	#making = $state<string | undefined>();
	#progress = $state<number | undefined>();
	#status = $state('');
	#problem = $state<string | undefined>();
	#ready = $state<{ made: MadeFile; purpose?: SharePurpose } | undefined>();
	/** The receipt code of the file last handed over, for the person to read out or give with it. */
	#receipt = $state<string | undefined>();
	#area = $state<ExportArea>('plain');

	readonly #problems: FieldProblem[] = $derived.by(() => {
		if (!this.#tried) return [];
		const found: FieldProblem[] = [];
		if (this.from && this.to && this.from > this.to)
			found.push({ id: 'export-from', message: words().datesInvalid });
		if (this.#tried === 'encrypted') {
			const weak = this.rating.problemWith(this.passphrase);
			if (weak) found.push({ id: 'share-passphrase', message: weak });
			if (this.confirm !== this.passphrase)
				found.push({ id: 'confirm-share-passphrase', message: m.passphrase.mismatch });
		}
		return found;
	});

	/** What the pack and the encrypted file will hold of the exhibits, for the choices as they stand. */
	readonly #exhibitsInCopy = $derived.by(() =>
		describeExhibitsInCopy(
			previewDisclosure(selectExhibits(this.#diary.incidents, this.options())),
			this.disclosureSafe
		)
	);

	/**
	 * `deliver` hands the file over (the share sheet or a download). `fonts` are left out in the app, which makes
	 * PDFs in a worker with its own fonts; a spec, which has neither a page, a worker nor the app's origin, gives its
	 * own, and its PDFs are made on its thread.
	 */
	constructor(
		diary: DiaryState,
		vault: () => Vault | undefined,
		{
			deliver = (file) => deliverFile(file),
			fonts
		}: { deliver?: (file: File) => Promise<Delivery>; fonts?: FontSource } = {}
	) {
		this.#diary = diary;
		this.#vault = vault;
		this.#deliver = deliver;
		this.#fonts = fonts;
		this.personName = diary.settings.name;
		this.policeReference = diary.settings.policeReference;
	}

	get problems(): FieldProblem[] {
		return this.#problems;
	}
	get exhibitsInCopy(): string[] {
		return this.#exhibitsInCopy;
	}
	/** The label of the file being made, while one is. */
	get making(): string | undefined {
		return this.#making;
	}
	get progress(): number | undefined {
		return this.#progress;
	}
	get status(): string {
		return this.#status;
	}
	get problem(): string | undefined {
		return this.#problem;
	}
	/** A file made but not yet handed over: the share sheet wanted a newer tap. */
	get ready(): boolean {
		return this.#ready !== undefined;
	}
	get receipt(): string | undefined {
		return this.#receipt;
	}
	get area(): ExportArea {
		return this.#area;
	}

	useSuggestion(words: string): void {
		this.passphrase = this.confirm = words;
	}

	/** A file to make from the diary now, with the choices now on screen, its progress shown here. */
	#job(vault: Vault): ExportJob {
		return {
			diary: this.#diary,
			vault,
			options: this.options(),
			onProgress: (fraction) => (this.#progress = fraction),
			fonts: this.#fonts
		};
	}

	/** What goes in the file, from the choices on screen. */
	options(): TimelineOptions {
		return {
			...(this.from ? { from: this.from } : {}),
			...(this.to ? { to: this.to } : {}),
			...(this.behaviours.length > 0 ? { behaviours: [...this.behaviours] } : {}),
			disclosureSafe: this.disclosureSafe,
			includePrivateNotes: this.includePrivateNotes && !this.disclosureSafe,
			...(this.pdfLabels === 'both' && currentLanguage().code !== 'en' ? { labels: pdfLabelsNow() } : {})
		};
	}

	async makePlain(kind: PlainExport, label: string): Promise<MakeOutcome> {
		const vault = this.#vault();
		if (!vault) return 'done';
		if (!this.#checked('plain')) return 'problems';
		await this.#run(label, vault, () => makeExportFile(kind, this.#job(vault)));
		return 'done';
	}

	async makeEncrypted(): Promise<MakeOutcome> {
		await this.rating.settle(this.passphrase);
		const vault = this.#vault();
		if (!vault) return 'done';
		if (!this.#checked('encrypted')) return 'problems';
		const secret = this.passphrase;
		const why = this.purpose;
		const job = this.#job(vault);
		const includeSafetyPlan = this.includeSafetyPlan && !this.disclosureSafe;
		const withPlan = { ...job, options: { ...job.options, includeSafetyPlan } };
		await this.#run(words().encrypted, vault, () => makeEncryptedFile(why, secret, withPlan), why);
		if (!this.#problem) this.passphrase = this.confirm = '';
		return 'done';
	}

	/** Hands over the file kept when the share sheet wanted a newer tap. */
	async sendReady(): Promise<void> {
		if (!this.#ready) return;
		this.#problem = undefined;
		const { made, purpose } = this.#ready;
		await runAction(() => this.#hand(made, purpose), { onProblem: (message) => (this.#problem = message) });
	}

	/** Marks the problems, if any, to be shown beside the button that was pressed; true when there were none. */
	#checked(which: ExportArea): boolean {
		this.#area = which;
		this.#tried = which;
		if (this.#problems.length === 0) {
			this.#tried = undefined;
			return true;
		}
		this.#status = '';
		this.#problem = undefined;
		return false;
	}

	async #saveCover(): Promise<void> {
		const settings = this.#diary.settings;
		const name = this.personName.trim();
		const policeReference = this.policeReference.trim();
		if (settings.name === name && settings.policeReference === policeReference) return;
		await this.#diary.saveSettings({ ...settings, name, policeReference });
	}

	async #hand(made: MadeFile, why?: SharePurpose): Promise<void> {
		try {
			const how = await this.#deliver(made.file);
			this.#ready = undefined;
			this.#status = how === 'shared' ? words().shared : words().downloaded;
			// Every file handed over is noted, with the head it carries, so its receipt can be shown again later.
			await this.#diary.recordDelivery(why ?? 'export', made.head);
			if (why) this.#status = `${this.#status} ${words().checkpoint}`;
			this.#receipt = made.head ? receiptCode(made.head) : undefined;
		} catch (error) {
			// Too long since the tap for the share sheet: keep the file and let the person tap again.
			if (needsTap(error)) {
				this.#ready = { made, purpose: why };
				this.#status = words().ready;
				return;
			}
			throw error;
		}
	}

	async #run(label: string, vault: Vault, make: () => Promise<MadeFile>, why?: SharePurpose): Promise<void> {
		this.#area = why ? 'encrypted' : 'plain';
		this.#status = '';
		this.#problem = undefined;
		this.#ready = undefined;
		this.#receipt = undefined;
		this.#making = label;
		this.#progress = undefined;
		// Closing the share sheet is a choice, not a failure: nothing to say (runAction ignores cancellations).
		await runAction(
			async () => {
				await this.#saveCover();
				const made = await make();
				// Locked, or left by the quick exit, while the file was being made: the lock ends a worker that is
				// running, but not work still on this thread before it, so a file made anyway is never handed over.
				if (this.#vault() !== vault) return;
				await this.#hand(made, why);
			},
			{ onProblem: (message) => (this.#problem = message) }
		);
		this.#making = undefined;
	}
}
