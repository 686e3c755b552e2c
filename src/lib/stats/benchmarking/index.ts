/** Fingertips benchmarking: comparisons with a benchmark, quintiles and colours. */
export * from './compare';
export * from './quintiles';
export * from './colours';
