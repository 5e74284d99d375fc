// Ids of rows recorded through the API continue the demo data's numbering (the seed moves the sequences on).
import { readableIds } from '@wuye/kit';
import { S } from './access.js';

export const { nextIds, nextId } = readableIds(S, {
  campaign: ['SAC', 4],
  draw: ['SAD', 4],
  inspection: ['SAI', 5],
  finding: ['SAF', 5],
  evidence: ['SAE', 6],
  inspector: ['SAP', 4],
  checklist_version: ['SCL', 2],
  self_inspection: ['SSI', 6],
});
