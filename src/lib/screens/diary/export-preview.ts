// The sentences on the Export screen that say, before anything is made, what the other side will get of the
// exhibits: kept as they are in a full copy, cleaned or left out in a disclosure-safe one (export/disclosure-plan.ts).
import type { DisclosurePreview } from '$lib/export/disclosure-plan';
import { m } from '$lib/messages';

export function describeExhibitsInCopy(preview: DisclosurePreview, disclosureSafe: boolean): string[] {
	const t = m.sharing.exportView;
	const total = preview.cleaned + preview.converted + preview.videos + preview.recordings + preview.others;
	if (total === 0) return [t.previewNone];
	if (!disclosureSafe) return [t.previewFull(total)];
	const leftOut = preview.videos + preview.recordings + preview.others;
	return [
		...(preview.cleaned > 0 ? [t.previewCleaned(preview.cleaned)] : []),
		...(preview.converted > 0 ? [t.previewConverted(preview.converted)] : []),
		...(preview.videos > 0 ? [t.previewVideos(preview.videos)] : []),
		...(preview.recordings > 0 ? [t.previewRecordings(preview.recordings)] : []),
		...(preview.others > 0 ? [t.previewOthers(preview.others)] : []),
		...(leftOut > 0 || preview.converted > 0 ? [t.previewLeftOut] : [])
	];
}
