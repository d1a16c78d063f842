/** Schema of lexicons/diagnoses.json. PLACEHOLDER: its owner replaces this with the real shape. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const diagnosesSchema = lexiconFile(z.looseObject({ id: idSchema }));
