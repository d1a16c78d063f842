/** Schema of lexicons/treatments.json. PLACEHOLDER: its owner replaces this with the real shape. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const treatmentsSchema = lexiconFile(z.looseObject({ id: idSchema }));
