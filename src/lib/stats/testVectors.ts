/**
 * Test-only helpers: read the reference vectors in tests/reference-vectors/ (never retype numbers)
 * and compare at the tolerance each file states.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const vectorsDir = fileURLToPath(new URL('../../../tests/reference-vectors/', import.meta.url));

/** Parse one vector file by name, e.g. readVectors<WilsonFile>('phe_wilson_proportion.json'). */
export function readVectors<T>(fileName: string): T {
	return JSON.parse(readFileSync(vectorsDir + fileName, 'utf8')) as T;
}

/** Relative comparison; an expected 0 (or a null) must be matched exactly. */
export function expectClose(
	actual: number | null,
	expected: number | null,
	relative: number
): void {
	if (expected === null || actual === null || expected === 0) {
		expect(actual).toBe(expected);
		return;
	}
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

/** Absolute comparison for values stored to a fixed number of decimals. */
export function expectWithin(
	actual: number | null,
	expected: number | null,
	absolute: number
): void {
	if (expected === null || actual === null) {
		expect(actual).toBe(expected);
		return;
	}
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(absolute);
}

/**
 * For values copied from CSV/xlsx with a limited number of digits: the larger of testthat's
 * default relative tolerance (1.5e-8) and half a unit in the last printed decimal.
 */
export function expectPrinted(actual: number | null, expected: number | null): void {
	if (expected === null || actual === null) {
		expect(actual).toBe(expected);
		return;
	}
	const printed = String(expected);
	const decimals = printed.includes('e') ? 0 : (printed.split('.')[1] ?? '').length;
	const halfUnit = decimals > 0 ? 0.5 * 10 ** -decimals * (1 + 1e-9) : 0;
	const tolerance = Math.max(1.5e-8 * Math.abs(expected), halfUnit);
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}
