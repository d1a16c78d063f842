import { terminateOcr } from './ocr-scheduler.js';
import { closeParserThreads } from './open-pdf.js';

/**
 * Stops the OCR workers and idle PDF parser threads that ingest keeps warm between files, so a
 * CLI or test process can exit. Ingest may be called again afterwards; it starts them anew.
 */
export async function shutdownIngest(): Promise<void> {
  closeParserThreads();
  await terminateOcr();
}
