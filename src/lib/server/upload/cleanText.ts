/**
 * Free text from a user (a file name, a note) as it is kept: control characters removed (a note
 * keeps its line breaks), any folders dropped from a file name's path, and a length limit. It is
 * only ever stored and shown as text, never used as a path or in SQL.
 */
// Control characters (tab and line feed kept for notes), and the invisible and bidirectional
// marks that can make a name read differently from what it is.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanText(text: string, maxLength: number): string {
	return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim().slice(0, maxLength);
}

/** The last part of a file name a browser sent, without any folders. */
export function cleanFileName(name: string): string {
	return cleanText(name.replace(/\n/g, ''), 500).split(/[\\/]/).pop()!.slice(0, 200);
}
