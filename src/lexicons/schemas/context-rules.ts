/** Schema of lexicons/context-rules.json. PLACEHOLDER: its owner replaces this with the real shape. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const contextRulesSchema = lexiconFile(z.looseObject({ id: idSchema }));
