import { describe, expect, it } from 'vitest';
import { cleanFileName, cleanText } from './cleanText';

describe('cleanText', () => {
	it('keeps line breaks and drops control and bidirectional characters', () => {
		expect(cleanText(' a\u0000b\r\nc\u202Ed\u0007 ', 100)).toBe('ab\ncd');
		expect(cleanText('abcdef', 3)).toBe('abc');
	});
});

describe('cleanFileName', () => {
	it('keeps only the last part of a path', () => {
		expect(cleanFileName('../../etc/passwd')).toBe('passwd');
		expect(cleanFileName('C:\\Users\\me\\larc\n.csv')).toBe('larc.csv');
	});
});
