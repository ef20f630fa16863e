/** The tag of the line bench/cpu-report.ts writes at a child's exit; its own module so that the preload imports nothing else. */
export const CPU_TAG = 'SITREP_CPU';
