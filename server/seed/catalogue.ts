import { DAY_MS, formatTimestamp, SEED_END, SEED_START } from './timestamps';

/**
 * The organisation's apps, their released versions and entity-type trees. Ids are fixed so that
 * entity-type ids stay the same across seeds and scales (tests and fixtures refer to them).
 */
export type AppType = 'tree' | 'simple' | 'editor';

export type EntityTypeDef = {
  id: number;
  appId: number;
  name: string;
  className: string;
  isFile: boolean;
  isRoot: boolean;
  showChildrenAs: string | null;
  childIds: number[];
};

export type AppDef = { id: number; name: string; description: string; appType: AppType; tags: string[] };

export type AppVersionDef = {
  id: number;
  appId: number;
  tag: string;
  created_at: string;
  sdk_version: string;
  python_version: string;
  status: string;
  app_type: AppType;
};

export const APPS: AppDef[] = [
  {
    id: 1,
    name: 'Foundation Design',
    description: 'Pile foundation design to NEN 9997-1, from CPT interpretation to pile plan.',
    appType: 'tree',
    tags: ['v1.0.0', 'v1.1.0', 'v1.2.3', 'v2.0.0', 'v2.1.0', 'v2.2.0', 'v2.3.1', 'v2.4.0'],
  },
  {
    id: 2,
    name: 'Bridge Check',
    description: 'Re-assessment of concrete and steel bridges under current traffic load models.',
    appType: 'tree',
    tags: ['v0.9.0', 'v1.0.0', 'v1.0.4', 'v1.1.0', 'v1.2.0', 'v1.3.2'],
  },
  {
    id: 3,
    name: 'Dike Assessment',
    description: 'Macro-stability and piping assessment of primary flood defences (WBI 2017).',
    appType: 'tree',
    tags: ['v3.0.0', 'v3.1.0', 'v3.2.0', 'v3.2.1', 'v4.0.0'],
  },
  {
    id: 4,
    name: 'Steel Connections',
    description: 'Bolted and welded steel connection checks to EN 1993-1-8.',
    appType: 'simple',
    tags: ['v1.0.0', 'v1.0.1', 'v1.1.0', 'v1.2.0'],
  },
  {
    id: 5,
    name: 'Wind Load Calculator',
    description: 'Peak velocity pressure and force coefficients to EN 1991-1-4 with the Dutch annex.',
    appType: 'editor',
    tags: ['v0.1.0', 'v0.2.0', 'v0.3.0'],
  },
];

const t = (
  id: number,
  appId: number,
  name: string,
  className: string,
  childIds: number[],
  extra: Partial<EntityTypeDef> = {},
): EntityTypeDef => ({
  id,
  appId,
  name,
  className,
  childIds,
  isFile: false,
  isRoot: false,
  showChildrenAs: null,
  ...extra,
});

export const ENTITY_TYPES: EntityTypeDef[] = [
  t(1, 1, 'Project', 'ProjectFolder', [2, 5], { isRoot: true }),
  t(2, 1, 'Structure', 'StructureController', [3]),
  t(3, 1, 'Pile group', 'PileGroupController', [4], { showChildrenAs: 'Table' }),
  t(4, 1, 'Pile', 'PileController', []),
  t(5, 1, 'Soil investigation', 'SoilInvestigationFolder', [6], { showChildrenAs: 'Table' }),
  t(6, 1, 'CPT', 'CPTFileController', [], { isFile: true }),
  t(11, 2, 'Asset group', 'AssetGroupFolder', [12], { isRoot: true }),
  t(12, 2, 'Bridge', 'BridgeController', [13, 16]),
  t(13, 2, 'Span', 'SpanController', [14, 15]),
  t(14, 2, 'Girder', 'GirderController', []),
  t(15, 2, 'Bearing', 'BearingController', []),
  t(16, 2, 'Load model', 'LoadModelController', []),
  t(21, 3, 'Dike trajectory', 'DikeTrajectoryFolder', [22], { isRoot: true }),
  t(22, 3, 'Section', 'DikeSectionController', [23]),
  t(23, 3, 'Cross-section', 'CrossSectionController', [24, 25, 27]),
  t(24, 3, 'Soil layer', 'SoilLayerController', [], { showChildrenAs: 'Table' }),
  t(25, 3, 'Stability calculation', 'StabilityCalculationController', [26]),
  t(26, 3, 'Calculation stage', 'CalculationStageController', []),
  t(27, 3, 'Piping check', 'PipingCheckController', []),
  t(31, 4, 'Connection', 'ConnectionController', [], { isRoot: true }),
  t(41, 5, 'Calculation', 'WindLoadController', [], { isRoot: true }),
];

export const ENTITY_TYPE_BY_ID = new Map(ENTITY_TYPES.map((type) => [type.id, type]));

export function entityType(id: number): EntityTypeDef {
  const type = ENTITY_TYPE_BY_ID.get(id);
  if (!type) throw new Error(`Unknown entity type ${id}`);
  return type;
}

const SDK_VERSIONS = ['13.7.0', '14.0.1', '14.3.0', '14.8.0', '14.12.1', '14.15.2', '14.18.0', '14.21.0'];

function pythonFor(sdk: string): string {
  if (sdk.startsWith('13.')) return '3.10';
  return Number(sdk.split('.')[1]) < 10 ? '3.11' : '3.12';
}

// The newest version of some apps is still in the pipeline or failed, as on a real environment.
const LATEST_STATUS: Record<number, string> = { 1: 'CHECKING', 2: 'ERROR', 4: 'ERROR_WITH_ACTION_REQUIRED' };

function buildVersions(): AppVersionDef[] {
  const versions: AppVersionDef[] = [];
  let id = 101;
  for (const app of APPS) {
    const first = SEED_START + (app.id - 1) * 23 * DAY_MS;
    const span = SEED_END - 20 * DAY_MS - first;
    app.tags.forEach((tag, index) => {
      const fraction = app.tags.length === 1 ? 0 : index / (app.tags.length - 1);
      const ms = first + Math.round(span * fraction ** 0.8) + app.id * 3_600_000;
      const sdk = SDK_VERSIONS[Math.min(SDK_VERSIONS.length - 1, Math.floor(fraction * SDK_VERSIONS.length))];
      const isLatest = index === app.tags.length - 1;
      versions.push({
        id: id++,
        appId: app.id,
        tag,
        created_at: formatTimestamp(ms, (app.id * 137 + index * 71) % 1000),
        sdk_version: sdk ?? '14.21.0',
        python_version: pythonFor(sdk ?? '14.21.0'),
        status: (isLatest && LATEST_STATUS[app.id]) || 'PUBLISHED',
        app_type: app.appType,
      });
    });
  }
  return versions;
}

export const APP_VERSIONS = buildVersions();

export function publishedVersions(appId: number): AppVersionDef[] {
  return APP_VERSIONS.filter((version) => version.appId === appId && version.status === 'PUBLISHED');
}

export const LABELS = [
  { id: 1, name: 'Tender', description: 'Tender or feasibility phase', color: '#7c3aed' },
  { id: 2, name: 'Detailed design', description: 'Detailed design phase', color: '#1d4ed8' },
  {
    id: 3,
    name: 'Construction',
    description: 'Under construction; changes need site sign-off',
    color: '#ea580c',
  },
  { id: 4, name: 'As-built', description: 'Reflects the as-built situation', color: '#15803d' },
  { id: 5, name: 'Rijkswaterstaat', description: 'Client: Rijkswaterstaat', color: '#0891b2' },
  { id: 6, name: 'ProRail', description: 'Client: ProRail', color: '#be123c' },
  { id: 7, name: 'Needs review', description: 'Waiting for a second check', color: '#ca8a04' },
  { id: 8, name: 'Template', description: 'Starting point for new projects', color: '#6b7280' },
  { id: 9, name: 'Pilot', description: 'Trying out a new app version', color: '#db2777' },
];
