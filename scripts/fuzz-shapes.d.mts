import type { Arbitrary } from 'fast-check';

/** A query: mostly plausible fields, often odd ones. */
export const query: Arbitrary<Record<string, unknown>>;
/** A change to a resolution's first item or to the render options. */
export const renderCase: Arbitrary<{ field: string; value: unknown; options: unknown }>;
/** A command line. */
export const argv: Arbitrary<string[]>;
