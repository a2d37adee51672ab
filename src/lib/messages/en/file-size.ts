// The words of a file size; format/file-size.ts puts the figure beside them.
export const fileSizeWords = {
	byte: 'byte',
	bytes: 'bytes',
	/** Thousands, then millions, and so on: SI units, as phones' storage settings and file managers show them. */
	units: ['kB', 'MB', 'GB', 'TB']
} as const;
