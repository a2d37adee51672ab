// HEIC and AVIF photos drawn again as JPEG by the browser's own decoder, for a disclosure-safe copy: a canvas holds
// only pixels, so what it writes has no location, camera or time in it. Browser only (Node has no canvas); the
// export passes it in as PackSources.convertImage.
import type { ImageConverter } from './disclose-exhibit';

const JPEG_QUALITY = 0.92;

/**
 * The picture as JPEG, upright (createImageBitmap applies the file's own orientation), or null when this browser
 * cannot decode the kind: the exhibit is then left out and listed as such, never sent as it was.
 */
export const convertToJpeg: ImageConverter = async (bytes, type) => {
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), {
			imageOrientation: 'from-image'
		});
	} catch {
		// Most browsers other than Safari cannot decode HEIC: that is an answer, not a failure.
		return null;
	}
	try {
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d');
		if (!context) return null;
		context.drawImage(bitmap, 0, 0);
		const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
		return new Uint8Array(await jpeg.arrayBuffer());
	} catch {
		// No OffscreenCanvas (Safari before 16.4, where HEIC decodes), or a picture too large to draw: left out.
		return null;
	} finally {
		bitmap.close();
	}
};
