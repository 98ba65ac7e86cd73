import { round } from '../seed/prng';

/**
 * The controller methods the demo apps "have". Results are pure functions of the params, and a
 * job's state is derived from the wall-clock time since it was created: no timers keep running.
 */
export type JobOutcome =
  | { status: 'success'; content: Record<string, unknown> }
  | { status: 'error_user'; error_message: string; invalid_fields: Record<string, string> }
  | { status: 'error'; error_message: string };

export type JobMethod = {
  durationMs: number;
  progress?: (fraction: number) => string;
  run: (params: Record<string, unknown>, saved: Record<string, unknown>) => JobOutcome;
};

function sumWeights(value: unknown, key = ''): { total: number; count: number } {
  if (typeof value === 'number')
    return /weight/i.test(key) ? { total: value, count: 1 } : { total: 0, count: 0 };
  if (typeof value !== 'object' || value === null) return { total: 0, count: 0 };
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item) => [key, item])
    : Object.entries(value);
  return entries.reduce(
    (sum, [childKey, child]) => {
      const part = sumWeights(child, childKey);
      return { total: sum.total + part.total, count: sum.count + part.count };
    },
    { total: 0, count: 0 },
  );
}

const SLOW_STEPS = [
  'Building finite-element mesh',
  'Applying load combinations',
  'Solving (Newton-Raphson iterations)',
  'Post-processing results',
];

export const JOB_METHODS: Record<string, JobMethod> = {
  /** Sums every number under a key containing "weight"; with empty params, the entity's saved params. */
  calculate_total_weight: {
    durationMs: 1000,
    run(params, saved) {
      const source = Object.keys(params).length > 0 ? 'params' : 'entity';
      const { total, count } = sumWeights(source === 'params' ? params : saved);
      return {
        status: 'success',
        content: { total_weight: round(total, 2), unit: 'kN', values_counted: count, source },
      };
    },
  },
  /** Always rejects the input, the way a VIKTOR app raises UserError with per-field messages. */
  check_design: {
    durationMs: 1200,
    run(params) {
      const layers = (params.soil as { layers?: { phi?: unknown }[] } | undefined)?.layers;
      const phi = typeof layers?.[1]?.phi === 'number' ? layers[1].phi : 42.5;
      return {
        status: 'error_user',
        error_message: 'The design does not meet NEN 9997-1: 2 input fields need attention.',
        invalid_fields: {
          'soil.layers[1].phi': `Friction angle ${phi}° is outside the allowed range 15°–40° for this soil type.`,
          'geometry.tip_level': 'The pile tip must be at least 1 m into the bearing sand layer.',
        },
      };
    },
  },
  run_slow_analysis: {
    durationMs: 4000,
    progress: (fraction) => {
      const step = Math.min(SLOW_STEPS.length - 1, Math.floor(fraction * SLOW_STEPS.length));
      return `${SLOW_STEPS[step]} (step ${step + 1} of ${SLOW_STEPS.length}, ${Math.floor(fraction * 100)}%)`;
    },
    run: () => ({
      status: 'success',
      content: {
        max_settlement: 23.4,
        max_settlement_unit: 'mm',
        max_moment: 1842.7,
        max_moment_unit: 'kNm',
        governing_unity_check: 0.87,
        iterations: 40,
      },
    }),
  },
};
