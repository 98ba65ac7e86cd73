import { readFileSync } from 'node:fs';
import type { AuditTool } from '../../src/api/audit/exports';

/** Named in every export's provenance, with the version of the package that made it. */
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const AUDIT_CLI_TOOL: AuditTool = { name: 'viktor-dashboard audit CLI', version };
