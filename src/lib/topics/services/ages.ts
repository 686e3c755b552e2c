/** Ages of women a service or skill serves, in words: "45–64", "45 and over". */
export function ageRangeText(from: string, to: string): string {
	const lower = from.replace('+', '').split('-')[0];
	if (to.endsWith('+')) return `${lower} and over`;
	return `${lower}–${to.split('-')[1]}`;
}

/** "Gynaecological LARC" from "gynaecological LARC" (labels written for use within a sentence). */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
