// The export layer's public surface: timeline rows, CSV, JSON, PDF, the evidence pack, and the encrypted share file
// with its reader. Pages and state call these, never the files behind them.
export {
	ExportError,
	ExportJsonInvalidError,
	ExportJsonVersionError,
	NotAShareFileError,
	PackDamagedError,
	PackError,
	PackExhibitChangedError,
	PackHashMismatchError,
	PackMissingEntryError,
	PackTooLargeError,
	PackUnexpectedEntryError,
	PackUnsafePathError,
	ShareDamagedError,
	ShareFileError,
	ShareTooLargeError,
	ShareVersionError,
	ShareWrongPassphraseError
} from './errors';
export { exhibitPath, formatExhibitNumber, PACK_FILES, sanitiseFileName } from './file-names';
export { formatVerifyText, verifyTextLines } from './verify-text';
export {
	buildTimelineRows,
	listExhibits,
	ROW_COLUMNS,
	type ExhibitListEntry,
	type RowAmendment,
	type RowColumn,
	type RowExhibit,
	type TimelineOptions,
	type TimelineRow
} from './timeline-rows';
export { toCsv } from './csv';
export {
	EXPORT_JSON_TYPE,
	EXPORT_JSON_VERSION,
	isExportJson,
	parseExportJson,
	toExportJson,
	type ExportIncident,
	type ExportInput,
	type ExportJson,
	type ExportRevision
} from './json';
export { makeTimelinePdf, type TimelinePdfInput } from './timeline-pdf';
export {
	formatReadme,
	formatSha256Sums,
	makeEvidencePack,
	type EvidencePackInput,
	type PackExhibit
} from './pack';
export {
	DEFAULT_MAX_SHARE_BYTES,
	openShareFile,
	openShareFileToBytes,
	sealShareFile,
	SHARE_KDF_BOUNDS,
	type OpenShareOptions,
	type ShareKdf
} from './share-file';
export {
	DEFAULT_PACK_LIMITS,
	readPack,
	type OpenedPack,
	type PackExhibitFile,
	type PackLimits
} from './read-pack';
