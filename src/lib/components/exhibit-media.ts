// How an opened exhibit is shown: pictures, sound and video inside the page; anything else only as a file to save,
// never embedded or run (a PDF or an SVG from a blob URL could run script or need a frame the CSP does not allow).
export type ShownAs = 'image' | 'audio' | 'video' | 'file';

export function shownAs(type: string): ShownAs {
	if (type.startsWith('image/') && type !== 'image/svg+xml') return 'image';
	if (type.startsWith('audio/')) return 'audio';
	if (type.startsWith('video/')) return 'video';
	return 'file';
}

/** A file of another kind is offered as plain bytes, so the browser cannot treat it as a page or a script. */
export function blobTypeFor(type: string): string {
	return shownAs(type) === 'file' ? 'application/octet-stream' : type;
}
