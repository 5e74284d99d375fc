import { createBuilder } from '@wuye/kit';
import type { RegulationsContext } from '../rows.js';

export type { RegulationsContext };
export const builder = createBuilder<RegulationsContext>();
