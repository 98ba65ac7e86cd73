import { version } from '../../package.json';

/**
 * Who made an audit export, for its provenance. The version is read from package.json at build time:
 * a named import, so the bundle carries this one string and nothing else of package.json.
 */
export const AUDIT_TOOL = { name: 'viktor-workspace-dashboard', version } as const;
