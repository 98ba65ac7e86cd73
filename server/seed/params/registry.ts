import {
  assetGroupParams,
  bearingParams,
  bridgeParams,
  girderParams,
  loadModelParams,
  spanParams,
} from './bridge';
import type { ParamsFactory } from './common';
import { crossSectionParams, sectionParams, soilLayerParams, trajectoryParams } from './dike';
import { calculationStageParams, pipingCheckParams, stabilityCalculationParams } from './dike-calculations';
import { pileGroupParams, pileParams, projectParams, structureParams } from './foundation';
import { cptParams, soilInvestigationParams } from './soil';
import { connectionParams, windParams } from './steel-wind';

/** Params generator per entity-type id (see catalogue.ts). */
export const PARAMS_BY_TYPE: Record<number, ParamsFactory> = {
  1: projectParams,
  2: structureParams,
  3: pileGroupParams,
  4: pileParams,
  5: soilInvestigationParams,
  6: cptParams,
  11: assetGroupParams,
  12: bridgeParams,
  13: spanParams,
  14: girderParams,
  15: bearingParams,
  16: loadModelParams,
  21: trajectoryParams,
  22: sectionParams,
  23: crossSectionParams,
  24: soilLayerParams,
  25: stabilityCalculationParams,
  26: calculationStageParams,
  27: pipingCheckParams,
  31: connectionParams,
  41: windParams,
};

export function paramsFor(typeId: number): ParamsFactory {
  const factory = PARAMS_BY_TYPE[typeId];
  if (!factory) throw new Error(`No params generator for entity type ${typeId}`);
  return factory;
}
