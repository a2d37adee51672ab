// A small picture of a photo or of a video frame, made in the browser when an exhibit is added and sealed beside it
// (exhibits.ts, storeThumbnail), so the timeline can show what an exhibit is without opening the whole file.
// Browser only: it needs createImageBitmap, a canvas and a <video> element. A thumbnail is a convenience, so any
// failure (an unsupported format, a video that will not seek) gives undefined and the exhibit is kept without one.
import { exhibitKindOf } from '$lib/domain/exhibit-type';
import { THUMBNAIL_TYPE } from './exhibits';

const MAX_SIDE = 320;
const QUALITY = 0.7;
/** Video frames are taken half a second in, past the black first frame many phones record. */
const FRAME_SECONDS = 0.5;
const VIDEO_TIMEOUT_MS = 5000;

export interface Thumbnail {
	readonly bytes: Uint8Array;
	readonly type: typeof THUMBNAIL_TYPE;
}

type Source = ImageBitmap | HTMLVideoElement;

function scaledSize(width: number, height: number): { width: number; height: number } {
	const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function encodeJpeg(source: Source, sourceWidth: number, sourceHeight: number): Promise<Uint8Array> {
	const { width, height } = scaledSize(sourceWidth, sourceHeight);
	let blob: Blob | null;
	if (typeof OffscreenCanvas !== 'undefined') {
		const canvas = new OffscreenCanvas(width, height);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas');
		context.drawImage(source, 0, 0, width, height);
		blob = await canvas.convertToBlob({ type: THUMBNAIL_TYPE, quality: QUALITY });
	} else {
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas');
		context.drawImage(source, 0, 0, width, height);
		blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, THUMBNAIL_TYPE, QUALITY));
	}
	if (!blob) throw new Error('The canvas made no picture');
	return new Uint8Array(await blob.arrayBuffer());
}

async function imageThumbnail(file: Blob): Promise<Uint8Array> {
	// 'from-image' turns a sideways phone photo upright, as its EXIF orientation says.
	const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	try {
		return await encodeJpeg(bitmap, bitmap.width, bitmap.height);
	} finally {
		bitmap.close();
	}
}

/** Resolves when `event` fires on the video; rejects on an error or when the time runs out. */
function waitFor(video: HTMLVideoElement, event: 'loadeddata' | 'seeked', deadline: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => finish(new Error('The video took too long')), deadline - Date.now());
		const onEvent = () => finish();
		const onError = () => finish(new Error('The video did not load'));
		function finish(error?: Error) {
			clearTimeout(timer);
			video.removeEventListener(event, onEvent);
			video.removeEventListener('error', onError);
			if (error) reject(error);
			else resolve();
		}
		video.addEventListener(event, onEvent);
		video.addEventListener('error', onError);
	});
}

async function videoThumbnail(file: Blob): Promise<Uint8Array> {
	const url = URL.createObjectURL(file);
	const video = document.createElement('video');
	const deadline = Date.now() + VIDEO_TIMEOUT_MS;
	try {
		video.muted = true;
		video.playsInline = true;
		video.preload = 'auto';
		const loaded = waitFor(video, 'loadeddata', deadline);
		video.src = url;
		await loaded;
		const seeked = waitFor(video, 'seeked', deadline);
		video.currentTime = Math.min(FRAME_SECONDS, Number.isFinite(video.duration) ? video.duration / 2 : 0);
		await seeked;
		if (video.videoWidth === 0 || video.videoHeight === 0) throw new Error('The video has no picture');
		return await encodeJpeg(video, video.videoWidth, video.videoHeight);
	} finally {
		// Release the decoder and the object URL: the file may be hundreds of MB.
		video.removeAttribute('src');
		video.load();
		URL.revokeObjectURL(url);
	}
}

/** A JPEG of at most 320 px a side for an image or a video, or undefined if none can be made. Never throws. */
export async function makeThumbnail(file: Blob): Promise<Thumbnail | undefined> {
	try {
		// Only kinds the app would show itself: an SVG is a document, not a picture to decode here.
		const kind = exhibitKindOf(file.type);
		if (kind === 'image') return { bytes: await imageThumbnail(file), type: THUMBNAIL_TYPE };
		if (kind === 'video') return { bytes: await videoThumbnail(file), type: THUMBNAIL_TYPE };
	} catch {
		// Expected for formats this browser cannot decode (HEIC outside Safari, some video codecs): no thumbnail.
	}
	return undefined;
}
