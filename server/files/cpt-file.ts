import { createRng } from '../seed/prng';

/**
 * Bytes for a CPT "file entity": a GEF file like the ones soil contractors deliver, generated from
 * the entity id so every download of the same entity is identical.
 */
export function cptFileContent(entityId: number, name: string, properties: Record<string, unknown>): string {
  const rng = createRng(entityId * 2654435761);
  const surface = typeof properties.surface_level === 'number' ? properties.surface_level : 0.5;
  const maxDepth = typeof properties.max_depth === 'number' ? properties.max_depth : 30;
  const lines = [
    '#GEFID= 1, 1, 0',
    '#FILEOWNER= Delta Engineering demo',
    `#FILEDATE= 2025, 3, ${1 + (entityId % 28)}`,
    `#PROJECTID= CPT, ${entityId}`,
    '#COLUMN= 4',
    '#COLUMNINFO= 1, m, penetration length, 1',
    '#COLUMNINFO= 2, MPa, cone resistance, 2',
    '#COLUMNINFO= 3, MPa, sleeve friction, 3',
    '#COLUMNINFO= 4, %, friction ratio, 4',
    `#ZID= 31000, ${surface.toFixed(2)}, 0.01`,
    `#TESTID= ${name.replace(/\.gef$/i, '')}`,
    '#EOH=',
  ];
  let qc = 0.4;
  for (let depth = 0; depth <= maxDepth; depth += 0.02) {
    // Soft layers near the surface, a dense sand from ~15 m: the profile engineers expect to see.
    const target = depth < 15 ? 0.6 + rng.next() * 0.8 : 12 + rng.next() * 18;
    qc += (target - qc) * 0.08;
    const fs = qc * (depth < 15 ? 0.04 : 0.008) * (0.8 + rng.next() * 0.4);
    lines.push(`${depth.toFixed(2)} ${qc.toFixed(3)} ${fs.toFixed(4)} ${((fs / qc) * 100).toFixed(2)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
