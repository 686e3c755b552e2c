import { describe, expect, it } from 'vitest';
import { cssString, pageMarginCss } from './pageMargins';

describe('cssString', () => {
	it('escapes what would end the string or the style element', () => {
		expect(cssString('a "b" \\ </style>')).toBe('"a \\22 b\\22  \\5c  \\3c /style\\3e "');
	});
});

describe('pageMarginCss', () => {
	const heading = {
		title: 'LARC and ring pessary care',
		selection: 'Showing Thurrock, gynaecological reasons.',
		dataMonth: 'Data to October 2026',
		synthetic: true
	};

	it('puts the title and data month top left, the selection bottom left and page numbers bottom right', () => {
		const css = pageMarginCss(heading);
		expect(css).toContain(
			'@top-left { content: "LARC and ring pessary care · Data to October 2026";'
		);
		expect(css).toContain('@bottom-left { content: "Showing Thurrock, gynaecological reasons.";');
		expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
	});

	it('says synthetic demonstration data only where the page shows some', () => {
		expect(pageMarginCss(heading)).toContain(
			'@top-right { content: "Synthetic demonstration data";'
		);
		expect(pageMarginCss({ ...heading, synthetic: false })).toContain('@top-right { content: "";');
	});
});
