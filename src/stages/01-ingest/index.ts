export { ingestBuffer, ingestFile } from './ingest-file.js';
export { shutdownIngest } from './shutdown-ingest.js';
export { terminateOcr } from './ocr-scheduler.js';
export { assessTextLayer, measureTextLayer, type TextLayerVerdict, type TextLayerStats } from './assess-text-layer.js';
export { detectFileType, type FileType } from './detect-file-type.js';
export { readTextFile } from './read-text-file.js';
