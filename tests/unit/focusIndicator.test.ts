/** The browser tests' focus-contrast measure, checked on values worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
	contrastRatio,
	drawnIndicatorColours,
	indicatorContrast,
	parseColour
} from '../e2e/support/focusIndicator';

const WHITE = parseColour('rgb(255, 255, 255)');
const YELLOW = parseColour('rgb(255, 235, 59)'); // #ffeb3b
const DARK = parseColour('rgb(33, 43, 50)'); // #212b32

describe('focus indicator contrast', () => {
	it('measures contrast as WCAG defines it', () => {
		expect(contrastRatio(WHITE, parseColour('rgb(0, 0, 0)'))).toBeCloseTo(21, 5);
		// #ffeb3b: luminance 0.2126 + 0.7152 × 0.8308 + 0.0722 × 0.0437 = 0.8099, so on white
		// 1.05 / 0.8599 = 1.22 (the review's figure).
		expect(contrastRatio(YELLOW, WHITE)).toBeCloseTo(1.221, 3);
		// #212b32: luminance 0.0228, so 1.05 / 0.0728 = 14.4 on white and 0.8599 / 0.0728 = 11.8
		// on the yellow.
		expect(contrastRatio(DARK, WHITE)).toBeCloseTo(14.42, 2);
		expect(contrastRatio(DARK, YELLOW)).toBeCloseTo(11.81, 2);
	});

	it('counts a dark bar hidden under a 4 px yellow outline as not drawn (the old style)', () => {
		const old = {
			backgroundColor: 'rgb(255, 255, 255)',
			boxShadow: 'rgb(33, 43, 50) 0px 4px 0px 0px',
			outlineColor: 'rgb(255, 235, 59)',
			outlineStyle: 'solid',
			outlineWidth: '4px',
			outlineOffset: '0px'
		};
		expect(drawnIndicatorColours(old)).toEqual([WHITE, YELLOW]);
		expect(indicatorContrast(old, WHITE)).toBeLessThan(1.3);
	});

	it('finds the NHS.UK style: a dark bar that stands out from the yellow and the card', () => {
		const nhs = {
			backgroundColor: 'rgb(255, 235, 59)',
			boxShadow: 'rgb(255, 235, 59) 0px -2px 0px 0px, rgb(33, 43, 50) 0px 4px 0px 0px',
			outlineColor: 'rgba(0, 0, 0, 0)',
			outlineStyle: 'solid',
			outlineWidth: '4px',
			outlineOffset: '4px'
		};
		expect(drawnIndicatorColours(nhs)).toEqual([YELLOW, YELLOW, DARK]);
		expect(indicatorContrast(nhs, WHITE)).toBeCloseTo(11.81, 2);
	});
});
