/** Schema of lexicons/exam-findings.json. PLACEHOLDER: its owner replaces this with the real shape. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const examFindingsSchema = lexiconFile(z.looseObject({ id: idSchema }));
