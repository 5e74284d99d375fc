import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { DrawEstate, DrawInspector, DrawResult } from '../draw/draw.js';

/** 双随机抽取 — a draw: its seed, its inputs (sorted id lists, N, M, team size, algorithm) and its result */
export const DrawEntity = defineEntity({
  name: 'SafetyDraw',
  tableName: 'draw',
  properties: {
    id: p.string().primary(),
    campaignId: p.string().unique(),
    algorithm: p.string(),
    seed: p.string(),
    drawnAt: p.datetime(),
    estateCount: p.integer(),
    inspectorCount: p.integer(),
    teamSize: p.integer(),
    eligible: p.json<DrawEstate[]>(),
    pool: p.json<DrawInspector[]>(),
    result: p.json<DrawResult>(),
    inputsDigest: p.string(),
    resultDigest: p.string(),
    drawnBy: p.string().nullable(),
  },
});
export type Draw = InferEntity<typeof DrawEntity>;
